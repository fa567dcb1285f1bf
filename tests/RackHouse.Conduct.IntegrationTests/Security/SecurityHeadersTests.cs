using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Security;

/// <summary>The headers a browser is told to enforce. The client uses a real host name over HTTPS: ASP.NET Core never
/// sends HSTS to localhost, and a school's portal is never served from it.</summary>
public sealed class SecurityHeadersTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    /// <summary>Policies that never send a page's full address to another site.</summary>
    private static readonly string[] PrivateReferrerPolicies = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/forgot-password")]
    public async Task Page_Anonymous_CarriesStrictHeaders(string path)
    {
        using var browser = Browser();

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertStrictHeaders(response);
    }

    [Fact]
    public async Task HomePage_SignedIn_CarriesStrictHeadersAndIsNotCached()
    {
        await factory.CreateAdultAsync("headers@security.example");
        using var browser = Browser();
        await browser.SignInAsync("headers@security.example");

        using var response = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertStrictHeaders(response);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control was '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task ErrorPage_CarriesStrictHeaders()
    {
        await factory.CreateAdultAsync("error.headers@security.example");
        using var browser = Browser();
        await browser.SignInAsync("error.headers@security.example");

        using var response = await browser.GetAsync(ThrowingEndpoint.Path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertStrictHeaders(response);
    }

    private static void AssertStrictHeaders(HttpResponseMessage response)
    {
        var csp = Directives(Single(response, "Content-Security-Policy"));
        Assert.True(csp.TryGetValue("script-src", out var scripts), "The CSP has no script-src");
        Assert.Contains("'self'", scripts);
        Assert.DoesNotContain("'unsafe-inline'", scripts);
        Assert.DoesNotContain("'unsafe-eval'", scripts);
        Assert.DoesNotContain("*", scripts);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.DoesNotContain("'unsafe-inline'", csp["default-src"]);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Contains(Single(response, "Referrer-Policy"), PrivateReferrerPolicies);
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);

        var hsts = Single(response, "Strict-Transport-Security");
        var maxAge = hsts.Split(';', StringSplitOptions.TrimEntries).Single(part => part.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= TimeSpan.FromDays(30).TotalSeconds, hsts);
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..], StringComparer.OrdinalIgnoreCase);

    private static string Single(HttpResponseMessage response, string header)
    {
        Assert.True(response.Headers.TryGetValues(header, out var values), $"{header} is missing");
        return Assert.Single(values);
    }

    private TestBrowser Browser() => new(factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://conduct.rackhouse.example"),
    }));
}
