using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>The Headteacher's register for this academic year: how many adults stand where, filters, the CSV, and any
/// adult's history across years. Leavers count in no figure and drop out of the list, but their records stay.</summary>
public sealed class RegisterTests
{
    private static readonly DateOnly LastYearsDay = new(2025, 9, 15);

    [Fact]
    public async Task Register_AHandfulOfAdults_CountsEachStatusAndLeavesTheLeaverOut()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SchoolAsync(factory);

        var opening = await head.GetPageAsync("/admin/register");
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 21, 9, 0, 0, TimeSpan.Zero));
        using var later = await factory.SignedInAsync("head@register.example", Secrets.Totp);
        var afterDeadline = await later.GetPageAsync("/admin/register");

        Assert.Equal(Totals(adults: 6, acknowledged: 3, outstanding: 2, newStarters: 1, overdue: 0), PolicySteps.SummaryList(opening));
        Assert.Equal(Totals(adults: 6, acknowledged: 3, outstanding: 0, newStarters: 1, overdue: 2), PolicySteps.SummaryList(afterDeadline));
        Assert.Equal("6 adults", opening.QuerySelector("main caption")!.TextContent.Trim());
        var rows = Rows(opening);
        Assert.Equal(["Ann Acker", "Bob Baker", "Cat Carter", "Dan Dale", "Eve Early", "Helen Head"], rows.Select(r => r.Name));
        Assert.Equal(("Acknowledged", "05/10/2026 10:00 (version 1)"), Single(rows, "Ann Acker"));
        Assert.Equal(("Outstanding", "Due by 19/10/2026"), Single(rows, "Cat Carter"));
        Assert.Equal(("New starter, due", "Due by 26/10/2026"), Single(rows, "Eve Early"));
        Assert.Equal(("Overdue", "Due by 19/10/2026"), Single(Rows(afterDeadline), "Dan Dale"));
    }

    [Fact]
    public async Task Register_StatusLeft_ListsTheLeaverWhoseRecordsAreKept()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SchoolAsync(factory);
        var leaverId = await factory.QueryAsync(db => db.Adults.Where(a => a.FullName == "Len Leaver").Select(a => a.Id).SingleAsync());

        var left = await head.GetPageAsync("/admin/register?Status=Left");
        var history = await head.GetPageAsync($"/admin/register/adults/{leaverId}");

        var row = Assert.Single(Rows(left));
        Assert.Equal(("Len Leaver", "Left the school"), (row.Name, row.Status));
        Assert.Equal("6", PolicySteps.SummaryList(left)["Adults at the school"]);
        Assert.Equal("02/10/2026", PolicySteps.SummaryList(history)["Left"]);
        Assert.Equal(["Social Media Policy, version 1|2025 to 2026"], Acknowledgements(history));
        Assert.Contains("Left the school", history.QuerySelector("main ul.govuk-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.Acknowledgements.CountAsync(a => a.AdultId == leaverId)));
    }

    [Theory]
    [InlineData("?Category=Volunteer", "Cat Carter")]
    [InlineData("?Status=Acknowledged", "Ann Acker", "Bob Baker", "Helen Head")]
    [InlineData("?Status=NewStarterDue", "Eve Early")]
    [InlineData("?Name=cART", "Cat Carter")]
    [InlineData("?Name=+dale+", "Dan Dale")]
    [InlineData("?Category=TeachingStaff&Status=Outstanding", "Dan Dale")]
    [InlineData("?Category=Governor")]
    public async Task Register_Filter_ShowsOnlyTheMatchingAdultsAndTheSameTotals(string query, params string[] expected)
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SchoolAsync(factory);

        var page = await head.GetPageAsync("/admin/register" + query);

        Assert.Equal(expected, Rows(page).Select(r => r.Name));
        Assert.Equal(Totals(adults: 6, acknowledged: 3, outstanding: 2, newStarters: 1, overdue: 0), PolicySteps.SummaryList(page));
    }

    [Fact]
    public async Task Export_Filtered_HasAHeaderAndOneRowPerAdultShownWithFormulasEscaped()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SchoolAsync(factory);
        await factory.AddAdultAsync("=2+5 Evans", AdultCategory.Volunteer, new DateOnly(2024, 9, 1));

        var shown = Rows(await head.GetPageAsync("/admin/register?Status=Outstanding")).Select(r => r.Name).ToList();
        using var response = await head.GetAsync("/admin/register/export?Status=Outstanding");
        var csv = ParseCsv(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
        using var everyone = await head.GetAsync("/admin/register/export");
        var all = ParseCsv(Encoding.UTF8.GetString(await everyone.Content.ReadAsByteArrayAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("acknowledgement-register-2026-10-05.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(["Name", "Email", "Category", "Job title", "Status", "Deadline", "Version acknowledged", "Acknowledged at"], csv[0]);
        Assert.Equal(3, shown.Count);
        Assert.Equal(shown.Count, csv.Count - 1);
        Assert.Equal(["'=2+5 Evans", "Cat Carter", "Dan Dale"], csv.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.Contains(shown, name => name == "=2+5 Evans");
        Assert.All(csv.Skip(1), r => Assert.Equal(["Outstanding", "19/10/2026"], r[4..6]));
        Assert.Equal(7, all.Count - 1);
        Assert.DoesNotContain(all, r => r[0] == "Len Leaver");
        Assert.Equal(["Acknowledged", "19/10/2026", "1", "05/10/2026 10:00"], all.Single(r => r[0] == "Ann Acker")[4..]);
    }

    [Fact]
    public async Task AdultHistory_AcknowledgedThisYearAndLast_ShowsBothYearsNewestFirst()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SchoolAsync(factory);
        var annId = await factory.QueryAsync(db => db.Adults.Where(a => a.FullName == "Ann Acker").Select(a => a.Id).SingleAsync());

        var page = await head.GetPageAsync($"/admin/register/adults/{annId}");

        Assert.Equal("Ann Acker", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(["Social Media Policy, version 1|2026 to 2027", "Social Media Policy, version 1|2025 to 2026"], Acknowledgements(page));
        Assert.Equal("Social Media Policy: Acknowledged", PolicySteps.Collapse(page.QuerySelector("main ul.govuk-list li")!.TextContent));
    }

    /// <summary>A school on 5 October 2026: the Headteacher (signed in) and Ann, Bob acknowledged; Cat and Dan not
    /// yet; Eve starts on 12 October; Len left on 2 October. Ann and Len also acknowledged last year.</summary>
    private static async Task<TestBrowser> SchoolAsync(PolicyWebFactory factory)
    {
        var head = await factory.SignedInAdultAsync("head@register.example", AdultCategory.TeachingStaff, [Roles.Headteacher], "Helen Head");
        var versionId = await factory.VersionIdAsync(await factory.PolicyIdAsync(), 1);
        var now = PolicyWebFactory.InstalledAt.UtcDateTime;
        var lastYear = LastYearsDay.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var since = new DateOnly(2020, 9, 1);
        await factory.AddAcknowledgementAsync(await factory.AdultIdAsync("head@register.example"), versionId, 2026, now);
        var ann = await factory.AddAdultAsync("Ann Acker", AdultCategory.TeachingStaff, since);
        await factory.AddAcknowledgementAsync(ann, versionId, 2025, lastYear);
        await factory.AddAcknowledgementAsync(ann, versionId, 2026, now);
        await factory.AddAcknowledgementAsync(await factory.AddAdultAsync("Bob Baker", AdultCategory.NonTeachingStaff, since), versionId, 2026, now);
        await factory.AddAdultAsync("Cat Carter", AdultCategory.Volunteer, since);
        await factory.AddAdultAsync("Dan Dale", AdultCategory.TeachingStaff, since);
        await factory.AddAdultAsync("Eve Early", AdultCategory.TeachingStaff, new DateOnly(2026, 10, 12));
        var len = await factory.AddAdultAsync("Len Leaver", AdultCategory.TeachingStaff, new DateOnly(2019, 9, 1), lastDay: new DateOnly(2026, 10, 2));
        await factory.AddAcknowledgementAsync(len, versionId, 2025, lastYear);
        return head;
    }

    private static Dictionary<string, string> Totals(int adults, int acknowledged, int outstanding, int newStarters, int overdue) => new()
    {
        ["Adults at the school"] = $"{adults}",
        ["Acknowledged"] = $"{acknowledged}",
        ["Outstanding"] = $"{outstanding}",
        ["New starters, due"] = $"{newStarters}",
        ["Overdue"] = $"{overdue}",
    };

    private static List<(string Name, string Category, string Status, string When)> Rows(IDocument page) =>
        page.QuerySelectorAll("main tbody tr").Select(tr =>
        {
            var cells = tr.QuerySelectorAll("td").Select(td => PolicySteps.Collapse(td.TextContent)).ToList();
            return (tr.QuerySelector("th")!.TextContent.Trim(), cells[0], cells[1], cells[2]);
        }).ToList();

    private static (string Status, string When) Single(List<(string Name, string Category, string Status, string When)> rows, string name)
    {
        var row = Assert.Single(rows, r => r.Name == name);
        return (row.Status, row.When);
    }

    /// <summary>Each acknowledgement on an adult's history page as "policy and version|academic year".</summary>
    private static List<string> Acknowledgements(IDocument page) =>
        page.QuerySelectorAll("main tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Select(cells => $"{cells[0]}|{cells[1]}")
            .ToList();

    /// <summary>RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var content = text.TrimStart('\uFEFF');
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
