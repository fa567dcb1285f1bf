using System.Net;
using AngleSharp.Dom;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Logging;

namespace RackHouse.Conduct.IntegrationTests.Operations;

/// <summary>Outside Development a person who meets an error sees a plain page in the portal's layout with a reference
/// they can quote, the same id the logs carry, and never the exception or its stack trace.</summary>
public sealed class ErrorPageTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    [Fact]
    public async Task UnknownPath_SignedIn_ShowsPageNotFoundWithTheCorrelationId()
    {
        await factory.CreateAdultAsync("lost@errors.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("lost@errors.example");

        using var response = await browser.GetAsync("/no-such-page");
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", Heading(page));
        Assert.Equal(CorrelationId(response), Reference(page));
    }

    [Fact]
    public async Task UnknownPath_Anonymous_RedirectsToSignInWithoutRevealingWhetherItExists()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledException_OutsideDevelopment_ShowsFriendlyPageWithoutDetails()
    {
        await factory.CreateAdultAsync("unlucky@errors.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("unlucky@errors.example");

        using var response = await browser.GetAsync(ThrowingEndpoint.Path);
        var html = await response.Content.ReadAsStringAsync();
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", Heading(page));
        Assert.Contains(CorrelationId(response), page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("stack-trace-marker", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowingEndpoint", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_SignedInWithoutTheRole_ShowsFriendlyForbiddenPage()
    {
        await factory.CreateAdultAsync("no.role@errors.example", AdultCategory.Volunteer);
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("no.role@errors.example");

        using var response = await browser.GetAsync("/admin/settings");
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have access to this page", Heading(page));
        Assert.Equal(CorrelationId(response), Reference(page));
    }

    private static string CorrelationId(HttpResponseMessage response)
    {
        var id = Assert.Single(response.Headers.GetValues(CorrelationIdMiddleware.Header));
        Assert.False(string.IsNullOrWhiteSpace(id));
        return id;
    }

    private static string? Heading(IDocument page) => page.QuerySelector("main h1")?.TextContent.Trim();

    private static string? Reference(IDocument page) =>
        page.QuerySelectorAll("main p")
            .Select(p => p.TextContent.Trim())
            .Where(text => text.StartsWith("Reference:", StringComparison.Ordinal))
            .Select(text => text["Reference:".Length..].Trim())
            .SingleOrDefault();
}
