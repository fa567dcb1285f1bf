using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Security;

/// <summary>Data Protection keys live in the database, so every instance of the portal on one database reads the same
/// sign-in cookies, and an instance on another database does not.</summary>
public sealed class DataProtectionTests
{
    [Fact]
    public async Task SignIn_StoresTheKeyRingInTheDatabase()
    {
        using var factory = new ConductWebFactory();
        await factory.CreateAdultAsync("keys@security.example");
        using var browser = factory.CreateBrowser();

        await browser.SignInAsync("keys@security.example");

        var keys = await factory.QueryAsync(db => db.DataProtectionKeys.ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains("<key ", key.Xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuthCookie_FromOneInstance_IsAcceptedByAnotherOnTheSameDatabase()
    {
        using var first = new ConductWebFactory();
        await first.CreateAdultAsync("two.instances@security.example", fullName: "Ivy Instance");
        using var browser = first.CreateBrowser();
        using var signIn = await browser.SignInWithPasswordAsync("two.instances@security.example");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = AuthCookie(signIn);
        using var second = ConductWebFactory.Sharing(first.DataFolder, first.Database);
        using var secondClient = second.CreateBrowser();

        using var home = await GetWithCookieAsync(secondClient, cookie);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Hello, Ivy", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthCookie_FromOneInstance_IsRefusedByAnInstanceOnAnotherDatabase()
    {
        using var first = new ConductWebFactory();
        await first.CreateAdultAsync("other.school@security.example");
        using var browser = first.CreateBrowser();
        using var signIn = await browser.SignInWithPasswordAsync("other.school@security.example");
        var cookie = AuthCookie(signIn);
        using var stranger = new ConductWebFactory();
        using var strangerClient = stranger.CreateBrowser();

        using var home = await GetWithCookieAsync(strangerClient, cookie);

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/sign-in", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static string AuthCookie(HttpResponseMessage signIn)
    {
        var cookies = SetCookieHeaderValue.ParseList(signIn.Headers.GetValues(HeaderNames.SetCookie).ToList());
        var auth = Assert.Single(cookies, c => c.Name.Value == "__Host-RackHouse.Auth");
        return $"{auth.Name}={auth.Value}";
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(TestBrowser browser, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add(HeaderNames.Cookie, cookie);
        return await browser.Client.SendAsync(request);
    }
}
