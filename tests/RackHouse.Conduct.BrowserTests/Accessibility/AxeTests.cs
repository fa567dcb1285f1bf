using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Accessibility;

/// <summary>axe-core finds nothing against WCAG 2.2 A and AA on each page, in the state a person would meet it.</summary>
[Collection(SharedPortal.Name)]
public sealed class AxeTests(Portal portal)
{
    [Fact]
    public async Task SignInPage_AsVisitor_HasNoViolations()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task SignInPage_SubmittedEmpty_HasNoViolations()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is a problem");

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task TwoFactorCodePage_AfterPassword_HasNoViolations()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await Portal.SignInAsync(page, Portal.Headteacher);
        await page.WaitForURLAsync("**/account/sign-in/two-factor**");

        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(Portal.Teacher, "/", "Hello, Tom")]
    [InlineData(Portal.Teacher, "/account", "Your account")]
    [InlineData(Portal.Teacher, "/account/two-factor/enrol", "Set up two-factor authentication")]
    [InlineData(Portal.Headteacher, "/admin/settings", "School settings")]
    [InlineData(Portal.Headteacher, "/admin/settings/change", "Change school settings")]
    [InlineData(Portal.Headteacher, "/governors", "Compliance dashboard")]
    [InlineData(Portal.Headteacher, "/governors/report", "Report to governors on the Social Media Policy")]
    public async Task Page_SignedIn_HasNoViolations(string mailbox, string path, string heading)
    {
        await using var context = await portal.NewSignedInContextAsync(mailbox);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);

        await Axe.AssertNoViolationsAsync(page);
    }
}
