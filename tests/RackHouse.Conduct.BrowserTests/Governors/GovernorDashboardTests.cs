using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Governors;

/// <summary>A governor opens the dashboard, chooses a term, and opens the termly report: the charts (acknowledgement
/// and concerns) are named for screen readers, the menu and filters are left off the printout, and axe finds nothing on either page.</summary>
[Collection(SharedPortal.Name)]
public sealed class GovernorDashboardTests(Portal portal)
{
    [Fact]
    public async Task Dashboard_Governor_ChoosesATermAndOpensTheReport()
    {
        await using var context = await portal.NewSignedInContextAsync("governor");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Governors" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Compliance dashboard");

        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Acknowledged by category" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Acknowledged by year" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Concerns by category" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Concerns by month reported" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Concerns by status on") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Adults overdue with their acknowledgement" })).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Term").SelectOptionAsync("Spring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .govuk-caption-l")).ToContainTextAsync("Spring term");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Termly report") }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Report to governors on the Social Media Policy");
        await Assertions.Expect(page.Locator("main .govuk-caption-l")).ToContainTextAsync("Spring term");
        await Axe.AssertNoViolationsAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".govuk-service-navigation")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText("Save as PDF")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Acknowledged by category" })).ToBeVisibleAsync();
    }
}
