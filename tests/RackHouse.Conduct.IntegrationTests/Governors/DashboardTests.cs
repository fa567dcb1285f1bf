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

        Assert.Equal(["57%", "5", "0"], Headlines(page));
        var rows = CategoryRows(page);
        Assert.Equal(["10", "5", "5", "50%"], rows["Teaching staff"]);
        Assert.Equal(["5", "5", "0", "100%"], rows["Volunteer"]);
        Assert.Equal(["fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5 due"], rows["Governor"]);
        Assert.Equal(["fewer than 5", "0", "0", "fewer than 5 due"], rows["Non-teaching staff"]);
        Assert.Equal(["0", "0", "0", "none due"], rows["Apprentice"]);
        Assert.Equal(["15", "10", "5", "57%"], rows["Total shown"]);
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
        // among them) were due and 11 acknowledged; this year nobody has.
        Assert.Equal("61%", Headlines(lastYear)[0]);
        Assert.Equal(["2025 to 2026|61%", "2026 to 2027 (so far)|0%"], YearOnYear(thisYear));
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

    private static List<string> Headlines(IDocument page) =>
        page.QuerySelectorAll(".rh-figure__value").Select(value => value.TextContent.Trim()).ToList();

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
