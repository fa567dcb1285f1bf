using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Account;

[Collection(SharedPortal.Name)]
public sealed class SignInTests(Portal portal)
{
    [Fact]
    public async Task SignIn_AsDemoTeacher_ShowsHomePage()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        await Portal.SignInAsync(page, Portal.Teacher);

        await page.WaitForURLAsync(new Uri(portal.Address, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Tom");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your to-do list" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_AsDemoHeadteacher_GoesThroughTwoFactor()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        await Portal.SignInAsync(page, Portal.Headteacher);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter the code from your authenticator app");
        await portal.EnterTwoFactorCodeAsync(page, Portal.Headteacher);

        await page.WaitForURLAsync(new Uri(portal.Address, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Helen");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Admin");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "School settings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("School settings");
        await Assertions.Expect(page.GetByText("Helen Marsh")).ToBeVisibleAsync();
    }
}
