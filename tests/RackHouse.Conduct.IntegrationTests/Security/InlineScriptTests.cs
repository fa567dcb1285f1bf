using AngleSharp.Dom;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Security;

/// <summary>The Content Security Policy allows scripts from the portal's own files only, so the pages must hold no
/// inline script and no inline event handler, or the browser would refuse them.</summary>
public sealed class InlineScriptTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/forgot-password")]
    public async Task AnonymousPage_HasNoInlineScript(string path)
    {
        using var browser = factory.CreateBrowser();

        var page = await browser.GetPageAsync(path);

        AssertNoInlineScript(page);
    }

    [Fact]
    public async Task HomeAndAccountPages_SignedIn_HaveNoInlineScript()
    {
        await factory.CreateAdultAsync("scripts@security.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("scripts@security.example");

        AssertNoInlineScript(await browser.GetPageAsync("/"));
        AssertNoInlineScript(await browser.GetPageAsync("/account/change-password"));
    }

    [Fact]
    public async Task TwoFactorEnrolmentPage_HasNoInlineScript()
    {
        await factory.CreateAdultAsync("scripts.head@security.example", AdultCategory.TeachingStaff, [Roles.Headteacher]);
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("scripts.head@security.example");

        AssertNoInlineScript(await browser.GetPageAsync("/account/two-factor/enrol"));
    }

    private static void AssertNoInlineScript(IDocument page)
    {
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script =>
        {
            Assert.False(string.IsNullOrWhiteSpace(script.GetAttribute("src")), $"Inline script: {script.OuterHtml}");
            Assert.True(string.IsNullOrWhiteSpace(script.TextContent), $"Script with a body: {script.OuterHtml}");
        });
        var handlers = page.All
            .SelectMany(element => element.Attributes.Select(attribute => (element.LocalName, attribute.Name)))
            .Where(pair => pair.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(handlers.Count == 0, $"Inline event handlers: {string.Join(", ", handlers)}");
        Assert.DoesNotContain(page.QuerySelectorAll("[href]"), link => link.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
