using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Demo;

namespace RackHouse.Conduct.BrowserTests.Accessibility;

/// <summary>Someone who uses only a keyboard can skip the header and sign in.</summary>
[Collection(SharedPortal.Name)]
public sealed class KeyboardTests(Portal portal)
{
    [Fact]
    public async Task SignIn_WithKeyboardOnly_ReachesHome()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await FocusedTextAsync(page));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Email", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync(Portal.Email(Portal.Teacher));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Password", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync(DemoData.DefaultPassword);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Uri(portal.Address, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Tom");
    }

    private static Task<string> FocusedTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement?.textContent?.trim() ?? ''");

    private static Task<string> FocusedIdAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");
}
