using System.Net;
using Microsoft.Net.Http.Headers;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Security;

/// <summary>Every cookie the portal sets is bound to its own host (<c>__Host-</c>), sent only over HTTPS, out of reach
/// of script and held back from cross-site requests other than top-level navigation (SameSite=Lax). The antiforgery
/// cookie may be stricter still: ASP.NET Core makes it SameSite=Strict, which only ever withholds it from other
/// sites, and a page reached from another site simply issues a fresh one.</summary>
public sealed class CookieTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    [Fact]
    public async Task SignInPage_SetsAntiforgeryCookieWithHostPrefix()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/account/sign-in");

        var antiforgery = Assert.Single(Cookies(response), c => c.Name.Value == "__Host-RackHouse.Antiforgery");
        AssertStrict(antiforgery);
    }

    [Fact]
    public async Task SignIn_SetsAuthCookieWithHostPrefix()
    {
        await factory.CreateAdultAsync("cookie@security.example");
        using var browser = factory.CreateBrowser();

        using var response = await browser.SignInWithPasswordAsync("cookie@security.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = Assert.Single(Cookies(response), c => c.Name.Value!.StartsWith("__Host-RackHouse.Auth", StringComparison.Ordinal));
        AssertStrict(auth);
        Assert.False(string.IsNullOrEmpty(auth.Value.Value));
    }

    [Fact]
    public async Task SignInThroughTwoFactorAndOut_EveryCookieSetIsStrict()
    {
        await factory.CreateAdultAsync("cookie.2fa@security.example", AdultCategory.TeachingStaff, [Roles.Headteacher], Secrets.Totp);
        using var browser = factory.CreateBrowser();
        var cookies = new List<SetCookieHeaderValue>();

        using (var page = await browser.GetAsync("/account/sign-in"))
        {
            cookies.AddRange(Cookies(page));
        }

        using (var password = await browser.SignInWithPasswordAsync("cookie.2fa@security.example"))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            cookies.AddRange(Cookies(password));
        }

        using (var code = await browser.SubmitAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = TestBrowser.Code(Secrets.Totp) }))
        {
            Assert.Equal("/", code.Headers.Location?.OriginalString);
            cookies.AddRange(Cookies(code));
        }

        using (var signOut = await browser.PostAsync("/account/sign-out"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
            cookies.AddRange(Cookies(signOut));
        }

        Assert.Contains(cookies, c => c.Name.Value!.Contains("TwoFactorUserId", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.Name.Value!.StartsWith("__Host-RackHouse.Auth", StringComparison.Ordinal));
        Assert.All(cookies, AssertStrict);
    }

    private static void AssertStrict(SetCookieHeaderValue cookie)
    {
        var name = cookie.Name.Value!;
        Assert.StartsWith("__Host-", name, StringComparison.Ordinal);
        Assert.True(cookie.Secure, $"{name} is not Secure");
        Assert.True(cookie.HttpOnly, $"{name} is not HttpOnly");
        Assert.Equal("/", cookie.Path.Value);
        Assert.True(cookie.Domain.Value is null, $"{name} names a domain, which __Host- forbids");
        if (name == "__Host-RackHouse.Antiforgery")
        {
            Assert.Contains(cookie.SameSite, new[] { SameSiteMode.Lax, SameSiteMode.Strict });
        }
        else
        {
            Assert.Equal(SameSiteMode.Lax, cookie.SameSite);
        }
    }

    private static List<SetCookieHeaderValue> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values)
            ? SetCookieHeaderValue.ParseList(values.ToList()).ToList()
            : [];
}
