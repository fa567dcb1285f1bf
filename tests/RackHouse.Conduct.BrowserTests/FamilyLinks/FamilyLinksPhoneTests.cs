using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.FamilyLinks;

/// <summary>The family links pages and the Headteacher's registers can be used on a small phone (375 by 667 CSS
/// pixels) without scrolling sideways.</summary>
[Collection(SharedPortal.Name)]
public sealed class FamilyLinksPhoneTests(Portal portal)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 667 };

    [Theory]
    [InlineData(Portal.Teacher, "/family-links")]
    [InlineData(Portal.Teacher, "/family-links/declare")]
    [InlineData(Portal.Teacher, "/family-links/sites/propose")]
    [InlineData(Portal.Headteacher, "/admin/family-links")]
    [InlineData(Portal.Headteacher, "/admin/sites")]
    [InlineData(Portal.Headteacher, "/admin/permissions")]
    public async Task Page_OnPhone_HasNoHorizontalScroll(string mailbox, string path)
    {
        await using var context = await portal.NewSignedInContextAsync(mailbox, Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]}px wide in a {widths[1]}px window, so it scrolls sideways");
    }

    [Fact]
    public async Task Declaration_OnPhone_HeadteachersFormsFitTheScreen()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Headteacher, Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/family-links");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "History" })).ToBeVisibleAsync();

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]}px wide in a {widths[1]}px window, so it scrolls sideways");
    }
}
