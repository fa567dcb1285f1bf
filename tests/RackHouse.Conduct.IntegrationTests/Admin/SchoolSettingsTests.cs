using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Admin;

/// <summary>The Headteacher keeps the school's contacts and clocks; the rest of the admin area may only read them.</summary>
public sealed class SchoolSettingsTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    private const string ChangePath = "/admin/settings/change";

    [Fact]
    public async Task Change_Headteacher_SavesTheLadoPhoneAndSaysSo()
    {
        using var browser = await HeadteacherAsync("head.saving@settings.example");

        using var response = await browser.SubmitAsync(ChangePath, new Dictionary<string, string> { ["LadoPhone"] = "01632 960 123" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/settings", response.Headers.Location?.OriginalString);
        var page = await browser.GetPageAsync("/admin/settings");
        Assert.Contains("The school settings have been saved.", page.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("01632 960 123", Row(page, "LADO phone"));
        Assert.Contains("01632 960 123", page.QuerySelector("footer")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("01632 960 123", await factory.QueryAsync(db => db.SchoolSettings.Select(s => s.LadoPhone).SingleAsync()));
    }

    [Fact]
    public async Task Change_TickingOverdueNamesForGovernors_SavesItAndUntickingTurnsItOff()
    {
        using var browser = await HeadteacherAsync("head.governors@settings.example");

        using (var ticked = await browser.SubmitAsync(ChangePath, new Dictionary<string, string> { ["GovernorsSeeOverdueAdults"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        }

        var afterTicking = await browser.GetPageAsync("/admin/settings");
        var form = await browser.GetPageAsync(ChangePath);
        Assert.True(form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#GovernorsSeeOverdueAdults")!.IsChecked);
        form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#GovernorsSeeOverdueAdults")!.IsChecked = false;
        using (var unticked = await browser.SubmitAsync(form, new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        }

        Assert.Equal("Governors and the Headteacher see their names", Row(afterTicking, "Overdue adults on the governors' dashboard"));
        Assert.Equal("Only the Headteacher sees their names", Row(await browser.GetPageAsync("/admin/settings"), "Overdue adults on the governors' dashboard"));
        Assert.False(await factory.QueryAsync(db => db.SchoolSettings.Select(s => s.GovernorsSeeOverdueAdults).SingleAsync()));
    }

    [Fact]
    public async Task Change_InvalidForm_KeepsWhatWasTypedAndLinksEachError()
    {
        using var browser = await HeadteacherAsync("head.typing@settings.example");
        var before = await CurrentLadoNameAsync();

        using var response = await browser.SubmitAsync(ChangePath, new Dictionary<string, string>
        {
            ["SchoolName"] = "",
            ["LadoName"] = "Typed But Not Saved",
            ["LadoEmail"] = "not-an-email",
            ["DeadlineMonth"] = "13",
            ["TriageWorkingDays"] = "11",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(
            [
                "Enter the school's name",
                "Enter the LADO's email address in the correct format, like lado@council.gov.uk",
                "The month of the acknowledgement deadline must be from 1 to 12",
                "Working days to triage a concern must be from 0 to 10",
            ],
            TestBrowser.Errors(page));
        var links = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#SchoolName", "#LadoEmail", "#DeadlineMonth", "#TriageWorkingDays"], links);
        Assert.All(links, link => Assert.NotNull(page.QuerySelector(link)));
        Assert.Equal("Typed But Not Saved", Value(page, "LadoName"));
        Assert.Equal("not-an-email", Value(page, "LadoEmail"));
        Assert.Equal("13", Value(page, "DeadlineMonth"));
        Assert.Equal("11", Value(page, "TriageWorkingDays"));
        Assert.Equal(before, await CurrentLadoNameAsync());
    }

    [Fact]
    public async Task Change_TwoStaleEdits_TheSecondIsToldAndTheFirstIsKept()
    {
        using var first = await HeadteacherAsync("head.first@settings.example");
        using var second = await HeadteacherAsync("head.second@settings.example");
        var firstForm = await first.GetPageAsync(ChangePath);
        var secondForm = await second.GetPageAsync(ChangePath);
        using var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["LadoName"] = "Priya Firstly" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var stale = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["LadoPhone"] = "01632 960 999" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await TestBrowser.ParseAsync(stale);
        Assert.Equal(["Someone else changed the settings while you were editing them. Their changes are shown below: make yours again and save"], TestBrowser.Errors(page));
        Assert.Equal("Priya Firstly", Value(page, "LadoName"));
        var stored = await factory.QueryAsync(db => db.SchoolSettings.AsNoTracking().SingleAsync());
        Assert.Equal("Priya Firstly", stored.LadoName);
        Assert.NotEqual("01632 960 999", stored.LadoPhone);

        using var again = await second.SubmitAsync(page, new Dictionary<string, string> { ["LadoPhone"] = "01632 960 999" });

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        stored = await factory.QueryAsync(db => db.SchoolSettings.AsNoTracking().SingleAsync());
        Assert.Equal("Priya Firstly", stored.LadoName);
        Assert.Equal("01632 960 999", stored.LadoPhone);
    }

    [Fact]
    public async Task Settings_Office_CanViewButNotChange()
    {
        await factory.CreateAdultAsync("office@settings.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("office@settings.example");

        var page = await browser.GetPageAsync("/admin/settings");

        Assert.Equal("School settings", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(page.QuerySelector($"a[href='{ChangePath}']"));
        Assert.Contains("Only the Headteacher can change these settings.", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        using var change = await browser.GetAsync(ChangePath);
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Equal("You do not have access to this page", (await TestBrowser.ParseAsync(change)).QuerySelector("h1")?.TextContent.Trim());
        var before = await CurrentLadoNameAsync();
        using var post = await browser.PostAsync(ChangePath, "/admin/settings");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await CurrentLadoNameAsync());
    }

    private async Task<TestBrowser> HeadteacherAsync(string email)
    {
        await factory.CreateAdultAsync(email, roles: [Roles.Headteacher], totpSecret: Secrets.Totp);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync(email, Secrets.Totp);
        return browser;
    }

    private async Task<string?> CurrentLadoNameAsync() =>
        await factory.QueryAsync(db => db.SchoolSettings.Select(s => s.LadoName).SingleOrDefaultAsync());

    private static string? Value(IDocument page, string field) => page.QuerySelector<IHtmlInputElement>("#" + field)?.Value;

    private static string? Row(IDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .Where(row => row.QuerySelector("dt")?.TextContent.Trim() == key)
            .Select(row => row.QuerySelector("dd")?.TextContent.Trim())
            .SingleOrDefault();
}
