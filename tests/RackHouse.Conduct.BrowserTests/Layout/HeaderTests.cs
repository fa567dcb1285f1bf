using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Layout;

/// <summary>The header belongs to the school, not the government, and its navigation reads as one row of links.</summary>
[Collection(SharedPortal.Name)]
public sealed class HeaderTests(Portal portal)
{
    [Fact]
    public async Task Header_OnEveryPage_NamesTheSchoolWithoutTheCrown()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        var header = page.GetByRole(AriaRole.Banner);
        await Assertions.Expect(header.GetByRole(AriaRole.Link, new() { Name = "Rack House Primary School" })).ToBeVisibleAsync();
        await Assertions.Expect(header).Not.ToContainTextAsync("GOV.UK");
        await Assertions.Expect(header.Locator("svg, img")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignOutButton_InNavigation_HasTheColourOfTheLinksBesideIt()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Teacher);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

        var linkColour = await ColourAsync(navigation.GetByRole(AriaRole.Link, new() { Name = "Your account" }));
        var signOutColour = await ColourAsync(navigation.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));

        Assert.Equal(linkColour, signOutColour);
    }

    private static Task<string> ColourAsync(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e).color");
}
