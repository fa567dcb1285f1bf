using System.Net;
using AngleSharp.Dom;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;
using RackHouse.Conduct.Web.Infrastructure.Logging;

namespace RackHouse.Conduct.IntegrationTests.Governors;

/// <summary>The dashboard keeps its figures in memory between changes, so it must never show stale ones: not after a
/// change made through the same instance, nor one made through another instance sharing the database. And it sends
/// the same few SQL commands whatever the size of the school: a few when the data changed, four when it did not.</summary>
public sealed class DashboardFreshnessTests
{
    private const int MostCommands = 10;

    [Fact]
    public async Task Dashboard_AdultAcknowledgesThroughAnotherInstance_ShowsItAtOnce()
    {
        await using var first = new PolicyWebFactory();
        using var governor = await first.SignedInAdultAsync("governor@fresh.example", AdultCategory.Governor, [Roles.Governor]);
        for (var i = 0; i < 9; i++)
        {
            await first.AddAdultAsync($"Teacher {i}", AdultCategory.TeachingStaff, new DateOnly(2020, 9, 1));
        }

        await first.CreateAdultAsync("teacher@fresh.example");
        using var second = ConductWebFactory.Sharing(first.DataFolder, first.Database);
        using var teacher = second.CreateBrowser();
        using (var signedIn = await teacher.SignInWithPasswordAsync("teacher@fresh.example"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var before = Acknowledged(await governor.GetPageAsync("/governors"));
        using (var acknowledged = await PolicySteps.AcknowledgeAsync(teacher, await first.PolicyIdAsync(), PolicySteps.TeacherStatements))
        {
            Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        }

        var after = Acknowledged(await governor.GetPageAsync("/governors"));

        Assert.Equal("0", before);
        Assert.Equal("fewer than 5", after);
    }

    [Fact]
    public async Task Dashboard_HeadteacherAcknowledgesADeclaration_ShowsItAtOnce()
    {
        await using var factory = new PolicyWebFactory();
        using var governor = await factory.SignedInAdultAsync("governor@fresh.example", AdultCategory.Governor, [Roles.Governor]);
        var (head, _, _) = await FamilyLinks.FamilyLinkSteps.HeadteacherAsync(factory);
        var declarations = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var (adult, _, _) = await FamilyLinks.FamilyLinkSteps.AdultAsync(factory, $"Parent Number{i}");
            declarations.Add(await FamilyLinks.FamilyLinkSteps.DeclareAsync(adult, $"Child Number{i}", null));
            adult.Dispose();
        }

        await FamilyLinks.FamilyLinkSteps.DiscussAsync(head, declarations[0]);
        var before = await governor.GetPageAsync("/governors");
        await FamilyLinks.FamilyLinkSteps.AcknowledgeAsync(head, declarations[0]);
        var after = await governor.GetPageAsync("/governors");
        head.Dispose();

        Assert.Equal(["5", "fewer than 5", "0"], DeclarationCounts(before, "Waiting for the Headteacher", "Discussed", "Acknowledged"));
        Assert.Equal(["5", "0", "fewer than 5"], DeclarationCounts(after, "Waiting for the Headteacher", "Discussed", "Acknowledged"));
    }

    [Fact]
    public async Task Dashboard_TenThenAThousandAdults_SendsTheSameFewCommands()
    {
        await using var factory = new PolicyWebFactory();
        using var governor = await factory.SignedInAdultAsync("governor@count.example", AdultCategory.Governor, [Roles.Governor]);
        var versionId = await factory.VersionIdAsync(await factory.PolicyIdAsync(), 1);
        await AddAdultsAsync(factory, 9, versionId);

        var (atTen, tenPage) = await CountAsync(factory, governor);
        var (againAtTen, _) = await CountAsync(factory, governor);
        await AddAdultsAsync(factory, 990, versionId);
        var (atThousand, thousandPage) = await CountAsync(factory, governor);
        var (againAtThousand, _) = await CountAsync(factory, governor);

        // Every other teacher acknowledged. (The governor looking is the one governor, hidden as "fewer than 5", so the
        // teachers' number, which the overall rate's 10 less it would give the governor away, is withheld.)
        Assert.Equal("5", Acknowledged(tenPage));
        Assert.Equal("500", Acknowledged(thousandPage));
        Assert.InRange(atTen, 1, MostCommands);
        Assert.Equal(atTen, atThousand);

        // Until something changes, the figures come from memory: only the sign-in's account check (a leaver's cookie
        // stops working at once), the stamp, the school's settings and who is Headteacher (for leaving out the
        // concerns about them) are read.
        Assert.Equal(4, againAtTen);
        Assert.Equal(4, againAtThousand);
    }

    private static string[] DeclarationCounts(IDocument page, params string[] statuses) =>
        statuses.Select(status => page.QuerySelectorAll("#family-links-by-status-caption ~ tbody tr")
            .Single(row => row.QuerySelector("th")!.TextContent.Trim() == status)
            .QuerySelector("td")!.TextContent.Trim()).ToArray();

    private static string Acknowledged(IDocument page) => Row(page, "Teaching staff")[1];

    private static string Adults(IDocument page) => Row(page, "Total shown")[0];

    private static string[] Row(IDocument page, string label) =>
        page.QuerySelectorAll("#acknowledgement-by-category-caption ~ tbody tr")
            .Single(row => row.QuerySelector("th")!.TextContent.Trim() == label)
            .QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray();

    /// <summary>Adds teachers in bulk, every other one with this year's acknowledgement.</summary>
    private static async Task AddAdultsAsync(PolicyWebFactory factory, int count, int versionId)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.QueryAsync(async db =>
        {
            var adults = Enumerable.Range(0, count)
                .Select(i => new Adult($"Bulk Adult {Guid.NewGuid():N}", $"{Guid.NewGuid():N}@count.example", AdultCategory.TeachingStaff, new DateOnly(2021, 9, 1)))
                .ToList();
            db.Adults.AddRange(adults);
            await db.SaveChangesAsync();
            db.Acknowledgements.AddRange(adults.Where((_, i) => i % 2 == 0).Select(adult =>
                new Acknowledgement(adult.Id, versionId, 2026, now, [AcknowledgementStatements.ReadAndUnderstood], PolicyText.Sha256("bulk"))));
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>GETs the dashboard under a correlation id of its own and counts the commands sent while serving it.</summary>
    private static async Task<(int Commands, IDocument Page)> CountAsync(PolicyWebFactory factory, TestBrowser browser)
    {
        var id = $"count-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/governors", UriKind.Relative));
        request.Headers.Add(CorrelationIdMiddleware.Header, id);
        using var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (factory.Commands.CountFor(id), await TestBrowser.ParseAsync(response));
    }
}
