using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>Accounts are made by invitation only: there is no page to register and no link to one.</summary>
public sealed class NoRegistrationTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    public static TheoryData<string> RegistrationPaths { get; } =
    [
        "/account/register",
        "/account/sign-up",
        "/account/signup",
        "/account/create",
        "/register",
        "/Identity/Account/Register",
    ];

    [Theory]
    [MemberData(nameof(RegistrationPaths))]
    public async Task Get_RegistrationAddress_Answers404(string path)
    {
        await factory.CreateAdultAsync($"{path.Replace('/', '.').Trim('.')}@register.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync($"{path.Replace('/', '.').Trim('.')}@register.example");

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(RegistrationPaths))]
    public async Task Get_RegistrationAddressWithoutSigningIn_OffersOnlySignIn(string path)
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RegistrationPaths))]
    public async Task Post_RegistrationAddress_CreatesNoAccount(string path)
    {
        using var browser = factory.CreateBrowser();
        var usersBefore = await factory.QueryAsync(db => db.Users.CountAsync());

        using var content = new FormUrlEncodedContent([new("Email", "self.made@register.example"), new("Password", ConductWebFactory.Password)]);
        using var response = await browser.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(usersBefore, await factory.QueryAsync(db => db.Users.CountAsync()));
        using var signIn = await browser.SignInWithPasswordAsync("self.made@register.example");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/forgot-password")]
    public async Task AnonymousPages_HaveNoLinkToRegister(string path)
    {
        using var browser = factory.CreateBrowser();

        var page = await browser.GetPageAsync(path);

        var links = page.QuerySelectorAll("a").Select(a => $"{a.GetAttribute("href")} {a.TextContent}".ToLowerInvariant()).ToList();
        Assert.NotEmpty(links);
        Assert.DoesNotContain(links, link => link.Contains("regist", StringComparison.Ordinal) || link.Contains("sign up", StringComparison.Ordinal) || link.Contains("create", StringComparison.Ordinal));
    }
}
