using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.Governors;

/// <summary>The governors' dashboard against figures worked out by hand. The school: 10 teachers (5 acknowledged),
/// 5 volunteers (all acknowledged), 3 governors including the one looking (1 acknowledged), a new starter, and a
/// leaver; the policy was published on 5 October 2026 and was due on 19 October.</summary>
public sealed class DashboardTests
{
    private static readonly DateTimeOffset AfterTheDeadline = new(2026, 10, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Dashboard_KnownSchool_ShowsTheHandCountedFiguresWithSmallNumbersHidden()
    {
        await using var factory = new PolicyWebFactory();
        await SchoolAsync(factory, acknowledgementYear: 2026);
        factory.Clock.SetUtcNow(AfterTheDeadline);
        using var governor = await factory.SignedInAdultAsync("governor@dashboard.example", AdultCategory.Governor, [Roles.Governor]);

        var page = await governor.GetPageAsync("/governors");

        // 11 of the 19 have acknowledged: 57% beside the teachers' 5 and the volunteers' 5 would give away the one
        // governor who has, so the overall rate is withheld, and every row is shown.
        Assert.Equal(["not shown", "5", "0", "not given", "0"], Headlines(page));
        var rows = CategoryRows(page);
        Assert.Equal(["10", "5", "0", "0", "5", "50%"], rows["Teaching staff"]);
        Assert.Equal(["5", "5", "0", "0", "0", "100%"], rows["Volunteer"]);
        Assert.Equal(["fewer than 5", "fewer than 5", "0", "0", "fewer than 5", "fewer than 5 due"], rows["Governor"]);
        Assert.Equal(["fewer than 5", "0", "0", "fewer than 5", "0", "fewer than 5 due"], rows["Non-teaching staff"]);
        Assert.Equal(["0", "0", "0", "0", "0", "none due"], rows["Apprentice"]);
        Assert.Equal(["15", "10", "0", "0", "5", "not shown"], rows["Total shown"]);
    }

    [Fact]
    public async Task Dashboard_AnyYear_CarriesNoNameFromTheRoster()
    {
        await using var factory = new PolicyWebFactory();
        await SchoolAsync(factory, acknowledgementYear: 2026);
        factory.Clock.SetUtcNow(AfterTheDeadline);
        using var governor = await factory.SignedInAdultAsync("governor@dashboard.example", AdultCategory.Governor, [Roles.Governor], fullName: "Gill Governor");
        var names = await factory.QueryAsync(db => db.Adults.Select(a => a.FullName).ToListAsync());

        var page = await governor.GetPageAsync("/governors");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal(20, names.Count);
        Assert.All(names, name => Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Dashboard_Headteacher_SeesWhoIsOverdueByNameAndCategory()
    {
        await using var factory = new PolicyWebFactory();
        await SchoolAsync(factory, acknowledgementYear: 2026);
        factory.Clock.SetUtcNow(AfterTheDeadline);
        using var head = await factory.SignedInAdultAsync("head@dashboard.example", AdultCategory.TeachingStaff, [Roles.Headteacher], fullName: "Hattie Head");

        var page = await head.GetPageAsync("/governors");

        Assert.Equal(
            ["Gary Governor (Governor)", "Hattie Head (Teaching staff)", .. Enumerable.Range(6, 5).Select(i => $"Teacher Number{i} (Teaching staff)").Order(StringComparer.Ordinal)],
            OverdueList(page));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Dashboard_Governor_SeesWhoIsOverdueOnlyWhenTheSchoolAllowsIt(bool allowed, bool listed)
    {
        await using var factory = new PolicyWebFactory();
        await SchoolAsync(factory, acknowledgementYear: 2026);
        await factory.QueryAsync(async db =>
        {
            (await db.SchoolSettings.SingleAsync()).GovernorsSeeOverdueAdults = allowed;
            return await db.SaveChangesAsync();
        });
        factory.Clock.SetUtcNow(AfterTheDeadline);
        using var governor = await factory.SignedInAdultAsync("governor@dashboard.example", AdultCategory.Governor, [Roles.Governor], fullName: "Gill Governor");

        var page = await governor.GetPageAsync("/governors");
        var report = await governor.GetPageAsync("/governors/report");

        Assert.Equal(listed, OverdueList(page).Contains("Gary Governor (Governor)"));
        Assert.Equal(listed, page.QuerySelector("main")!.TextContent.Contains("Teacher Number7", StringComparison.Ordinal));
        Assert.DoesNotContain("Gary Governor", report.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_PastYear_ShowsThatYearAsItEndedAndTheTrend()
    {
        await using var factory = new PolicyWebFactory();
        await SchoolAsync(factory, acknowledgementYear: 2025);
        await factory.QueryAsync(db => db.PolicyVersions.ExecuteUpdateAsync(v => v.SetProperty(p => p.PublishedAtUtc, new DateTime(2025, 9, 1, 8, 0, 0, DateTimeKind.Utc))));
        factory.Clock.SetUtcNow(AfterTheDeadline);
        using var governor = await factory.SignedInAdultAsync("governor@dashboard.example", AdultCategory.Governor, [Roles.Governor]);

        var thisYear = await governor.GetPageAsync("/governors");
        var lastYear = await governor.GetPageAsync("/governors?year=2025&term=Summer");

        Assert.Contains("Summer term 2025 to 2026", lastYear.QuerySelector("main .govuk-caption-l")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("As at 31/08/2026", PolicySteps.Collapse(lastYear.QuerySelector("main")!.TextContent), StringComparison.Ordinal);

        // Last year the new starter had not started and the leaver had gone, so 18 adults (the governor looking
        // among them) were due and 11 acknowledged: 61%, which beside the teachers' 5 and the volunteers' 5 would give
        // away the one governor who had, so it is withheld there and in the trend. This year nobody has.
        Assert.Equal("not shown", Headlines(lastYear)[0]);
        Assert.Equal(["2025 to 2026|not shown", "2026 to 2027 (so far)|0%"], YearOnYear(thisYear));
    }

    [Fact]
    public async Task Report_KnownSchool_WritesTheFiguresAsSentencesAndListsThePoliciesInForce()
    {
        await using var factory = new PolicyWebFactory();
        await SchoolAsync(factory, acknowledgementYear: 2026);
        factory.Clock.SetUtcNow(AfterTheDeadline);
        using var governor = await factory.SignedInAdultAsync("governor@dashboard.example", AdultCategory.Governor, [Roles.Governor]);

        var report = await governor.GetPageAsync("/governors/report?year=2026&term=Autumn");

        Assert.Equal("Rack House Primary School: Autumn term 2026 to 2027", report.QuerySelector("main .govuk-caption-l")!.TextContent.Trim());
        var text = PolicySteps.Collapse(report.QuerySelector("main")!.TextContent);
        Assert.Contains("By 21/10/2026, the share of adults who had acknowledged the Social Media Policy is not shown, because it would give a smaller number away.", text, StringComparison.Ordinal);
        Assert.Contains("5 adults were overdue, and fewer than 5 in each of some other categories.", text, StringComparison.Ordinal);
        Assert.Contains("Fewer than 5 new starters were still within their first working days in each category that had any.", text, StringComparison.Ordinal);
        var policy = report.QuerySelectorAll("main table")[^1].QuerySelector("tbody tr")!;
        Assert.Equal(["Social Media Policy", "1", "05/10/2026"], policy.Children.Select(cell => cell.TextContent.Trim()));
    }

    [Fact]
    public async Task Export_ByCategory_IsTheTableAsShownWithSmallNumbersHidden()
    {
        await using var factory = new PolicyWebFactory();
        await SchoolAsync(factory, acknowledgementYear: 2026);
        factory.Clock.SetUtcNow(AfterTheDeadline);
        using var governor = await factory.SignedInAdultAsync("governor@dashboard.example", AdultCategory.Governor, [Roles.Governor]);

        using var response = await governor.GetAsync("/governors/export/acknowledgement-by-category.csv?year=2026");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("acknowledgement-by-category-2026.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Category,Adults,Acknowledged,Not yet due,New starters,Overdue,Rate", lines[0]);
        Assert.Contains("Teaching staff,10,5,0,0,5,50%", lines);
        Assert.Contains("Governor,fewer than 5,fewer than 5,0,0,fewer than 5,fewer than 5 due", lines);
        Assert.Equal("Total shown,15,10,0,0,5,not shown", lines[^1]);
    }

    /// <summary>The adults of the known school; those who acknowledged did so in <paramref name="acknowledgementYear"/>.</summary>
    private static async Task SchoolAsync(PolicyWebFactory factory, int acknowledgementYear)
    {
        var policyId = await factory.PolicyIdAsync();
        var versionId = await factory.VersionIdAsync(policyId, 1);
        var longAgo = new DateOnly(2020, 9, 1);
        var acknowledgedAt = new DateTime(acknowledgementYear, 10, 6, 9, 0, 0, DateTimeKind.Utc);
        async Task AddAsync(string name, AdultCategory category, bool acknowledged, DateOnly? startDate = null, DateOnly? lastDay = null)
        {
            var adultId = await factory.AddAdultAsync(name, category, startDate ?? longAgo, lastDay);
            if (acknowledged)
            {
                await factory.AddAcknowledgementAsync(adultId, versionId, acknowledgementYear, acknowledgedAt);
            }
        }

        for (var i = 1; i <= 10; i++)
        {
            await AddAsync($"Teacher Number{i}", AdultCategory.TeachingStaff, acknowledged: i <= 5);
        }

        for (var i = 1; i <= 5; i++)
        {
            await AddAsync($"Volunteer Number{i}", AdultCategory.Volunteer, acknowledged: true);
        }

        await AddAsync("Gwen Governor", AdultCategory.Governor, acknowledged: true);
        await AddAsync("Gary Governor", AdultCategory.Governor, acknowledged: false);
        await AddAsync("Nina Newstarter", AdultCategory.NonTeachingStaff, acknowledged: false, startDate: new DateOnly(2026, 10, 12));
        await AddAsync("Len Leaver", AdultCategory.TeachingStaff, acknowledged: false, lastDay: new DateOnly(2026, 7, 20));
    }

    private static List<string> OverdueList(IDocument page) =>
        page.QuerySelectorAll("main h3").Any(h => h.TextContent.Trim() == "Adults overdue with their acknowledgement")
            ? page.QuerySelectorAll("main ul.govuk-list--bullet li").Select(item => item.TextContent.Trim()).ToList()
            : [];

    /// <summary>The acknowledgement and family link headlines.</summary>
    private static List<string> Headlines(IDocument page) =>
        page.QuerySelectorAll(".rh-figure__value").Take(5).Select(value => value.TextContent.Trim()).ToList();

    private static Dictionary<string, string[]> CategoryRows(IDocument page) =>
        page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Trim() == "By category")
            .QuerySelectorAll("tbody tr")
            .ToDictionary(row => row.QuerySelector("th")!.TextContent.Trim(), row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray());

    private static List<string> YearOnYear(IDocument page) =>
        page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Trim() == "Year on year")
            .QuerySelectorAll("tbody tr")
            .Select(row => $"{row.QuerySelector("th")!.TextContent.Trim()}|{row.QuerySelector("td")!.TextContent.Trim()}")
            .ToList();
}
