using System.Net;
using Microsoft.Net.Http.Headers;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Security;

/// <summary>A form posted without the page's antiforgery token, as a forged cross-site post would be, is refused
/// before it does anything.</summary>
public sealed class AntiforgeryTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    private const string NewPassword = "a brand new password nobody guesses";

    [Fact]
    public async Task SignIn_PostWithoutToken_Answers400AndDoesNotSignIn()
    {
        await factory.CreateAdultAsync("forged.sign-in@security.example");
        using var browser = factory.CreateBrowser();
        (await browser.GetAsync("/account/sign-in")).Dispose();

        using var response = await PostWithoutTokenAsync(browser, "/account/sign-in", new()
        {
            ["Email"] = "forged.sign-in@security.example",
            ["Password"] = ConductWebFactory.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your form could not be sent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SetCookies(response), cookie => cookie.StartsWith("__Host-RackHouse.Auth", StringComparison.Ordinal));
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/sign-in", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_PostWithoutTokenAndWrongPassword_DoesNotCountAFailedAttempt()
    {
        var user = await factory.CreateAdultAsync("forged.attempts@security.example");
        using var browser = factory.CreateBrowser();
        (await browser.GetAsync("/account/sign-in")).Dispose();

        using var response = await PostWithoutTokenAsync(browser, "/account/sign-in", new()
        {
            ["Email"] = "forged.attempts@security.example",
            ["Password"] = "not the password at all",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Id == user.Id).AccessFailedCount)));
    }

    [Fact]
    public async Task ChangePassword_PostWithoutToken_Answers400AndKeepsThePassword()
    {
        await factory.CreateAdultAsync("forged.change@security.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("forged.change@security.example");
        (await browser.GetAsync("/account/change-password")).Dispose();

        using var response = await PostWithoutTokenAsync(browser, "/account/change-password", new()
        {
            ["CurrentPassword"] = ConductWebFactory.Password,
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var another = factory.CreateBrowser();
        using var withNew = await another.SignInWithPasswordAsync("forged.change@security.example", NewPassword);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        await another.SignInAsync("forged.change@security.example");
    }

    private static async Task<HttpResponseMessage> PostWithoutTokenAsync(TestBrowser browser, string path, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await browser.Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? values : [];
}
