using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Concerns;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;
using RackHouse.Conduct.Web.Features.Governors;
using RackHouse.Conduct.Web.Infrastructure.Logging;

namespace RackHouse.Conduct.IntegrationTests.Governors;

/// <summary>The dashboard's concern figures against a known autumn term, counted by hand, as at Monday 23 November
/// 2026. The Headteacher handles: six cyberbullying concerns reported on Monday 5 October, triaged as low-level the
/// next working day and closed with no further action ten days after they were reported; five trolling allegations
/// reported on Monday 2 November, triaged the same day as meeting the harm threshold, referred to the LADO the next
/// day and under investigation; and two urgent extremism concerns reported on Friday 20 November, not yet triaged.
/// The chair of governors handles five concerns about the Headteacher reported on Monday 16 November, not yet
/// triaged: they count in no viewer's figures.</summary>
public sealed class ConcernFiguresTests
{
    [Theory]
    [InlineData(Roles.Headteacher)]
    [InlineData(Roles.Governor)]
    [InlineData(Roles.ChairOfGovernors)]
    public async Task Dashboard_AnyViewer_SeesNothingOfTheConcernsAboutTheHeadteacherNotEvenInTotals(string role)
    {
        await using var factory = new ConcernWebFactory();
        await KnownTermAsync(factory);
        await factory.CreateAdultAsync("head@figures.example", roles: [Roles.Headteacher], fullName: "Hilda Head");
        using var head = await factory.SignedInAdultAsync("viewer@figures.example", "Vic Viewer", role);

        var page = await head.GetPageAsync("/governors?year=2026&term=Autumn");

        // Thirteen of the Headteacher's own. The two new ones are hidden, by category and by status, and so is what
        // would give them away: 13 less the other rows of each table, and, as only those not new have a triage
        // decision, 13 less the decisions (so the five allegations are withheld too).
        // The overdue count would bound the hidden number still new, so it is withheld too.
        Assert.Equal(["13", "6", "not shown", "6", "1 working day", "10 days", "not shown"], ConcernHeadlines(page));
        Assert.Equal(["Cyberbullying:6", "Trolling:not shown", "Extremism or radicalisation (Prevent):fewer than 5", "Total shown:6"], Rows(page, "concerns-by-category", nonZero: true));
        Assert.Equal(["September 2026:0", "October 2026:6", "November 2026:7", "Total shown:13"], Rows(page, "concerns-by-month"));
        Assert.Equal(["New:fewer than 5", "Triaged:0", "Investigating:not shown", "Outcome recorded:0", "Closed:6", "Total shown:6"], Rows(page, "concerns-by-status"));
        Assert.Equal(["Harm threshold met: an allegation for the LADO:not shown", "Low-level concern:6", "Total shown:6"], Rows(page, "triage-decisions", nonZero: true));
        Assert.Contains("left out of every figure here, totals included, whoever is looking", page.QuerySelector("main .govuk-inset-text")!.TextContent, StringComparison.Ordinal);

        using var export = await head.GetAsync("/governors/export/concerns-by-month.csv?year=2026&term=Autumn");
        Assert.Equal("Month,Concerns\r\nSeptember 2026,0\r\nOctober 2026,6\r\nNovember 2026,7\r\nTotal shown,13\r\n", (await export.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task Dashboard_ConcernReportedBeforeTheSubjectBecameHeadteacher_IsLeftOut()
    {
        await using var factory = new ConcernWebFactory();
        await KnownTermAsync(factory);
        using var head = await factory.SignedInAdultAsync("head@figures.example", "Hilda Head", Roles.Headteacher);
        using var chair = await factory.SignedInAdultAsync("chair@figures.example", "Cora Chair", Roles.ChairOfGovernors);
        var headId = await factory.AdultIdAsync("head@figures.example");
        await AddCasesAsync(factory, 1, ConcernCategory.Cyberbullying, CaseManager.Headteacher, new DateTime(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc), (_, _) => { }, subjectAdultId: headId);

        var headsPage = await head.GetPageAsync("/governors?year=2026&term=Autumn");
        var chairsPage = await chair.GetPageAsync("/governors?year=2026&term=Autumn");
        using var chairsExport = await chair.GetAsync("/governors/export/concerns-by-category.csv?year=2026&term=Autumn");

        Assert.Equal("13", ConcernHeadlines(headsPage)[0]);
        Assert.Equal("13", ConcernHeadlines(chairsPage)[0]);
        Assert.Contains("Cyberbullying:6", Rows(chairsPage, "concerns-by-category"));
        Assert.Contains("Cyberbullying,6", await chairsExport.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_KnownTerm_WritesTheConcernFiguresAsSentencesWithoutTheConcernsAboutTheHeadteacher()
    {
        await using var factory = new ConcernWebFactory();
        await KnownTermAsync(factory);
        using var governor = await factory.SignedInAdultAsync("governor@figures.example", "Gail Governor", Roles.Governor);

        var text = PolicySteps.Collapse((await governor.GetPageAsync("/governors/report?year=2026&term=Autumn")).QuerySelector("main")!.TextContent);

        // The report reaches the Headteacher with the minutes, so it leaves out the five concerns about them.
        Assert.Contains("By 23/11/2026, 13 concerns had been reported in the autumn term of 2026 to 2027.", text, StringComparison.Ordinal);
        Assert.Contains("The case manager had triaged 6 of them as low-level concerns and some (the number is not shown) as allegations that met the harm threshold.", text, StringComparison.Ordinal);
        Assert.Contains("6 of them had been closed.", text, StringComparison.Ordinal);
        Assert.Contains("They were typically triaged 1 working day after they were reported.", text, StringComparison.Ordinal);
        Assert.Contains("Those closed typically took 10 days from report to closure.", text, StringComparison.Ordinal);
        Assert.Contains("How many of them were overdue for triage or for contact with the local authority designated officer (LADO) on 23/11/2026 is not shown.", text, StringComparison.Ordinal);
        Assert.Contains("5 referrals to other agencies had been made about them.", text, StringComparison.Ordinal);
        Assert.Contains("Concerns about the Headteacher are left out of every figure here", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_HeadteacherClosesACase_ShowsItAtOnce()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@figures.example", "Hilda Head", Roles.Headteacher);
        using var governor = await factory.SignedInAdultAsync("governor@figures.example", "Gail Governor", Roles.Governor);
        var headId = await factory.AdultIdAsync("head@figures.example");
        var references = await AddCasesAsync(factory, 5, ConcernCategory.Cyberbullying, CaseManager.Headteacher, new DateTime(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc), (concern, at) =>
        {
            concern.Triage(ThresholdDecision.LowLevelConcern, "Rationale.", headId, at.AddDays(1), DateOnly.FromDateTime(at.AddDays(1)));
            concern.RecordOutcome(ConcernOutcome.AdviceOrGuidance, "Reasons.", headId, at.AddDays(10));
        });
        var closedEarlier = references.Skip(1).ToList();
        await factory.QueryAsync(async db =>
        {
            foreach (var concern in await db.Concerns.Where(c => closedEarlier.Contains(c.Reference)).ToListAsync())
            {
                concern.Close("Summary.", null, headId, concern.SubmittedAtUtc.AddDays(10));
            }

            return await db.SaveChangesAsync();
        });

        var before = await governor.GetPageAsync("/governors");
        using (var closed = await head.SubmitAsync($"/admin/concerns/{references[0]}/close", new Dictionary<string, string> { ["Summary"] = "Advice given and accepted." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }

        var after = await governor.GetPageAsync("/governors");

        Assert.Equal(["Outcome recorded:fewer than 5", "Closed:fewer than 5"], Rows(before, "concerns-by-status", nonZero: true));
        Assert.Equal(["Closed:5", "Total shown:5"], Rows(after, "concerns-by-status", nonZero: true));
        // The whole year so far is its autumn term: four closed, too few for a typical time, then five.
        Assert.Equal(["fewer than 5", "not given"], ConcernHeadlines(before).Where((_, i) => i is 3 or 5));
        Assert.Equal(["5", "10 days"], ConcernHeadlines(after).Where((_, i) => i is 3 or 5));
    }

    [Fact]
    public async Task Dashboard_AnyViewer_ShowsNothingTypedAboutACaseAndGovernorsNoName()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@figures.example", "Hilda Head", Roles.Headteacher);
        using var governor = await factory.SignedInAdultAsync("governor@figures.example", "Gail Governor", Roles.Governor);
        var headId = await factory.AdultIdAsync("head@figures.example");
        await factory.QueryAsync(db => db.PolicyVersions.ExecuteUpdateAsync(v => v
            .SetProperty(p => p.PublishedAtUtc, new DateTime(2026, 9, 1, 8, 0, 0, DateTimeKind.Utc))
            .SetProperty(p => p.ReacknowledgeBy, new DateOnly(2026, 9, 30))));
        string[] typed = ["Zanzibar description", "Quokka platform", "Marmalade address", "Pupil Petronella", "Subject Sebastiana", "Rationale rhubarb", "Note nectarine", "Advice aubergine", "LADO-REF-77", "Reasons raspberry", "Summary satsuma", "Lessons lychee"];
        await factory.QueryAsync(async db =>
        {
            var counter = new ConcernYearCounter(2026, CaseManager.Headteacher);
            db.ConcernYearCounters.Add(counter);
            for (var i = 0; i < 6; i++)
            {
                var at = new DateTime(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc);
                var concern = new Concern(2026, counter.Next(), new ConcernReport(headId, ConcernCategory.Trolling, typed[0], false, typed[1], typed[2], null, null, null,
                    SubjectKind.Public, null, typed[4], false, typed[3]), CaseManager.Headteacher, at);
                concern.Triage(ThresholdDecision.HarmThreshold, typed[5], headId, at, new DateOnly(2026, 10, 5));
                concern.AddNote(typed[6], headId, at);
                concern.AddReferral(ReferralType.Lado, new DateOnly(2026, 10, 5), typed[8], typed[7], headId, at);
                concern.RecordOutcome(ConcernOutcome.Unfounded, typed[9], headId, at.AddDays(2));
                concern.Close(typed[10], typed[11], headId, at.AddDays(2));
                db.Concerns.Add(concern);
            }

            return await db.SaveChangesAsync();
        });
        foreach (var viewer in new[] { governor, head })
        {
            var dashboard = await viewer.GetPageAsync("/governors");
            var shown = new List<string>
            {
                dashboard.QuerySelector("main")!.TextContent,
                (await viewer.GetPageAsync("/governors/report")).QuerySelector("main")!.TextContent,
            };
            foreach (var link in dashboard.QuerySelectorAll("main a[href*='/export/']"))
            {
                using var export = await viewer.GetAsync(link.GetAttribute("href")!);
                Assert.Equal(HttpStatusCode.OK, export.StatusCode);
                shown.Add(await export.Content.ReadAsStringAsync());
            }

            Assert.Equal(9, shown.Count - 2);
            Assert.All(shown, text => Assert.All(typed, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase)));
            Assert.Equal(["6", "0", "6", "6", "0 working days", "2 days", "0"], ConcernHeadlines(dashboard));
        }

        // Everyone is overdue with the policy, published on 1 September and due on the 30th: only the Headteacher
        // sees who, by name.
        var headsPage = (await head.GetPageAsync("/governors")).QuerySelector("main")!.TextContent;
        var governorsPage = (await governor.GetPageAsync("/governors")).QuerySelector("main")!.TextContent;
        Assert.Contains("Hilda Head (Teaching staff)", headsPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Hilda Head", governorsPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Gail Governor", governorsPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ConcernReportedJustAfterMidnightInLondon_CountsInLondonsMonthAndTerm()
    {
        await using var factory = new ConcernWebFactory();
        using var governor = await factory.SignedInAdultAsync("governor@figures.example", "Gail Governor", Roles.Governor);
        // 23:30 UTC on Wednesday 30 September is 00:30 on 1 October in London (summer time); 23:30 UTC on Wednesday 31
        // December 2025 is still 31 December (winter time), the autumn term's last day. The policy dates from 2025, so
        // that year can be chosen.
        await factory.QueryAsync(db => db.PolicyVersions.ExecuteUpdateAsync(v => v.SetProperty(p => p.PublishedAtUtc, new DateTime(2025, 9, 1, 8, 0, 0, DateTimeKind.Utc))));
        await AddCasesAsync(factory, 5, ConcernCategory.Trolling, CaseManager.Headteacher, new DateTime(2026, 9, 30, 23, 30, 0, DateTimeKind.Utc), (_, _) => { });
        await AddCasesAsync(factory, 6, ConcernCategory.Trolling, CaseManager.Headteacher, new DateTime(2025, 12, 31, 23, 30, 0, DateTimeKind.Utc), (_, _) => { });

        var autumn = await governor.GetPageAsync("/governors?year=2026&term=Autumn");
        var lastAutumn = await governor.GetPageAsync("/governors?year=2025&term=Autumn");
        var lastSpring = await governor.GetPageAsync("/governors?year=2025&term=Spring");

        Assert.Equal(["September 2026:0", "October 2026:5", "November 2026:0", "Total shown:5"], Rows(autumn, "concerns-by-month"));
        Assert.Equal("6", ConcernHeadlines(lastAutumn)[0]);
        Assert.Equal("0", ConcernHeadlines(lastSpring)[0]);
    }

    [Fact]
    public void SchoolRecords_TheFiguresAreComputedFrom_HoldNoTextButPolicyTitles()
    {
        // What was read from the tables is held in SchoolRecords' lists and dictionary; its other members are the
        // school's settings and the stamp.
        var seen = new HashSet<Type>();
        var texts = typeof(SchoolRecords).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.Name != nameof(SchoolRecords.Dashboards))
            .SelectMany(p => Flatten(p.PropertyType))
            .SelectMany(type => TextMembers(type, seen))
            .ToList();

        Assert.Equal(["PolicyInForce.Title"], texts);
    }

    [Fact]
    public async Task Dashboard_TenThenFiveHundredConcerns_SendsTheSameFewCommands()
    {
        await using var factory = new ConcernWebFactory();
        using var governor = await factory.SignedInAdultAsync("governor@figures.example", "Gail Governor", Roles.Governor);
        var governorId = await factory.AdultIdAsync("governor@figures.example");
        var at = new DateTime(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc);
        void Work(Concern concern, DateTime reported) => concern.Triage(ThresholdDecision.ConductMatter, "Rationale.", governorId, reported, DateOnly.FromDateTime(reported));
        await AddCasesAsync(factory, 10, ConcernCategory.Other, CaseManager.Headteacher, at, Work);

        var atTen = await CountAsync(factory, governor);
        await AddCasesAsync(factory, 490, ConcernCategory.Trolling, CaseManager.ChairOfGovernors, at, Work);
        var atFiveHundred = await CountAsync(factory, governor);
        var again = await CountAsync(factory, governor);
        await AddCasesAsync(factory, 5, ConcernCategory.Other, CaseManager.Headteacher, at, Work);
        using var head = await factory.SignedInAdultAsync("head@figures.example", "Hilda Head", Roles.Headteacher);
        var headAfterAChange = await CountAsync(factory, head);

        Assert.InRange(atTen, 1, 10);
        Assert.Equal(atTen, atFiveHundred);

        // Until something changes: the sign-in's account check, the stamp, the settings and who is Headteacher.
        Assert.Equal(4, again);

        // The Headteacher's view also reads who holds the role and who is overdue, and stays within the ten.
        Assert.InRange(headAfterAChange, atTen, 10);
    }

    /// <summary>The members of a type, and of the types it holds, that carry text: only what the figures may show.</summary>
    private static IEnumerable<string> TextMembers(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.Namespace?.StartsWith("RackHouse", StringComparison.Ordinal) != true || type.IsEnum)
        {
            yield break;
        }

        foreach (var property in type.GetProperties().Where(p => p.DeclaringType == type))
        {
            foreach (var member in Flatten(property.PropertyType))
            {
                if (member == typeof(string))
                {
                    yield return $"{type.Name}.{property.Name}";
                }

                foreach (var inner in TextMembers(member, seen))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A type with the types inside its tuples, nullables and collections.</summary>
    private static IEnumerable<Type> Flatten(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Flatten) : [type];

    private static List<string> ConcernHeadlines(IDocument page) =>
        page.QuerySelectorAll("main .rh-figure__value").Skip(5).Select(value => value.TextContent.Trim()).ToList();

    private static List<string> Rows(IDocument page, string table, bool nonZero = false) =>
        page.QuerySelectorAll($"#{table}-caption ~ tbody tr")
            .Select(row => (Label: row.QuerySelector("th")!.TextContent.Trim(), Figure: row.QuerySelector("td")!.TextContent.Trim()))
            .Where(row => !nonZero || row.Figure != "0")
            .Select(row => $"{row.Label}:{row.Figure}")
            .ToList();

    /// <summary>The known term: see the class summary.</summary>
    private static async Task KnownTermAsync(ConcernWebFactory factory)
    {
        await factory.CreateAdultAsync("handler@figures.example", fullName: "Hal Handler");
        var handler = await factory.AdultIdAsync("handler@figures.example");
        await AddCasesAsync(factory, 6, ConcernCategory.Cyberbullying, CaseManager.Headteacher, new DateTime(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc), (concern, at) =>
        {
            concern.Triage(ThresholdDecision.LowLevelConcern, "Rationale.", handler, at.AddDays(1), new DateOnly(2026, 10, 6));
            concern.RecordOutcome(ConcernOutcome.NoFurtherAction, "Reasons.", handler, at.AddDays(10));
            concern.Close("Summary.", null, handler, at.AddDays(10));
        });
        await AddCasesAsync(factory, 5, ConcernCategory.Trolling, CaseManager.Headteacher, new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc), (concern, at) =>
        {
            concern.Triage(ThresholdDecision.HarmThreshold, "Rationale.", handler, at, new DateOnly(2026, 11, 2));
            concern.AddReferral(ReferralType.Lado, new DateOnly(2026, 11, 3), null, "Advice.", handler, at.AddDays(1));
            concern.StartInvestigation(handler, at.AddDays(1));
        });
        await AddCasesAsync(factory, 2, ConcernCategory.Extremism, CaseManager.Headteacher, new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc), (_, _) => { });
        await AddCasesAsync(factory, 5, ConcernCategory.Other, CaseManager.ChairOfGovernors, new DateTime(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc), (_, _) => { });
    }

    /// <summary>Adds concerns reported at <paramref name="reportedAt"/> straight into the database, each worked on by
    /// <paramref name="work"/>; returns their references.</summary>
    private static async Task<List<string>> AddCasesAsync(ConcernWebFactory factory, int count, ConcernCategory category, CaseManager caseManager, DateTime reportedAt, Action<Concern, DateTime> work, int? subjectAdultId = null)
    {
        var reporter = await factory.QueryAsync(db => db.Adults.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        return await factory.QueryAsync(async db =>
        {
            var counter = await db.ConcernYearCounters.SingleOrDefaultAsync(c => c.Year == 2026 && c.Series == caseManager);
            if (counter is null)
            {
                counter = new ConcernYearCounter(2026, caseManager);
                db.ConcernYearCounters.Add(counter);
            }

            var concerns = Enumerable.Range(0, count).Select(_ =>
            {
                var concern = new Concern(2026, counter.Next(), new ConcernReport(reporter, category, "Reported.", false, null, null, null, null, null,
                    subjectAdultId is null ? SubjectKind.Public : SubjectKind.AdultOfSchool, subjectAdultId, null, false, null), caseManager, reportedAt);
                work(concern, reportedAt);
                return concern;
            }).ToList();
            db.Concerns.AddRange(concerns);
            await db.SaveChangesAsync();
            return concerns.Select(c => c.Reference).ToList();
        });
    }

    private static async Task<int> CountAsync(ConcernWebFactory factory, TestBrowser browser)
    {
        var id = $"count-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/governors", UriKind.Relative));
        request.Headers.Add(CorrelationIdMiddleware.Header, id);
        using var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return factory.Commands.CountFor(id);
    }
}
