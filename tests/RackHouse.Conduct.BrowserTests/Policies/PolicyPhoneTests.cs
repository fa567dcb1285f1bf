using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Policies;

/// <summary>The policy and the register can be read on a small phone (375 by 667 CSS pixels) without scrolling
/// sideways: long words, fingerprints and wide tables stay within the screen or scroll inside their own box.</summary>
[Collection(SharedPortal.Name)]
public sealed class PolicyPhoneTests(Portal portal)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 667 };

    [Theory]
    [InlineData(Portal.Teacher, "/policies", "Social Media Policy")]
    [InlineData(Portal.Headteacher, "/admin/register", null)]
    [InlineData(Portal.Headteacher, "/admin/register", "Tom Ellis")]
    [InlineData(Portal.Headteacher, "/admin/policies", null)]
    [InlineData(Portal.Headteacher, "/admin/policies", "Social Media Policy")]
    public async Task Page_OnPhone_HasNoHorizontalScroll(string mailbox, string path, string? link)
    {
        await using var context = await portal.NewSignedInContextAsync(mailbox, Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        if (link is not null)
        {
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToHaveTextAsync(link);
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]}px wide in a {widths[1]}px window, so it scrolls sideways");
    }
}
