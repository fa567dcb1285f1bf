using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Layout;

/// <summary>The portal is usable on a small phone (375 by 667 CSS pixels, an iPhone SE).</summary>
[Collection(SharedPortal.Name)]
public sealed class PhoneTests(Portal portal)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 667 };

    [Theory]
    [InlineData(Portal.Teacher, "/")]
    [InlineData(Portal.Teacher, "/account")]
    [InlineData(Portal.Headteacher, "/admin/settings")]
    [InlineData(Portal.Headteacher, "/governors")]
    [InlineData(Portal.Headteacher, "/governors/report")]
    public async Task Page_OnPhone_HasNoHorizontalScroll(string mailbox, string path)
    {
        await using var context = await portal.NewSignedInContextAsync(mailbox, Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]}px wide in a {widths[1]}px window, so it scrolls sideways");
    }

    [Fact]
    public async Task Navigation_OnPhone_OpensFromMenuButton()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Teacher, Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        var accountLink = navigation.GetByRole(AriaRole.Link, new() { Name = "Your account" });
        await Assertions.Expect(accountLink).ToBeHiddenAsync();

        await navigation.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await accountLink.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account");
    }
}
