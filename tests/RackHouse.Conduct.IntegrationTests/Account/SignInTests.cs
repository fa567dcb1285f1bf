using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>Signing in with a password, the messages a mistake gives, signing out, and where sign-in leads.</summary>
public sealed class SignInTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    [Fact]
    public async Task SignIn_RightPassword_LandsOnHomePageGreetingTheAdultByFirstName()
    {
        await factory.CreateAdultAsync("ada@signin.example", fullName: "Ada Lovelace");
        using var browser = factory.CreateBrowser();

        using var response = await browser.SignInWithPasswordAsync("ada@signin.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await browser.GetPageAsync("/");
        Assert.Equal("Hello, Ada", home.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorSummaryLinkedToEmailAndKeepsTheEmail()
    {
        await factory.CreateAdultAsync("wrong.password@signin.example");
        using var browser = factory.CreateBrowser();

        using var response = await browser.SignInWithPasswordAsync("wrong.password@signin.example", "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(["Enter a correct email address and password"], TestBrowser.Errors(page));
        Assert.Equal("#Email", page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Email"));
        Assert.Equal("wrong.password@signin.example", page.QuerySelector<IHtmlInputElement>("#Email")?.Value);
        Assert.True(string.IsNullOrEmpty(page.QuerySelector<IHtmlInputElement>("#Password")?.GetAttribute("value")), "The password must not be sent back to the browser.");
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_GivesTheSameMessageAsAWrongPassword()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.SignInWithPasswordAsync("nobody@signin.example");

        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(["Enter a correct email address and password"], TestBrowser.Errors(page));
    }

    [Fact]
    public async Task SignIn_BlankFields_GivesAMessageForEachLinkedToItsField()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(["Enter your email address", "Enter your password"], TestBrowser.Errors(page));
        Assert.Equal(["#Email", "#Password"], page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Enter your email address", page.QuerySelector("#Email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter your password", page.QuerySelector("#Password-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_OnlyPasswordBlank_GivesOnlyThePasswordMessage()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "someone@signin.example", ["Password"] = "" });

        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(["Enter your password"], TestBrowser.Errors(page));
    }

    [Fact]
    public async Task SignOut_PostWithAntiforgeryToken_EndsTheSession()
    {
        await factory.CreateAdultAsync("leaving@signin.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("leaving@signin.example");

        using var response = await browser.PostAsync("/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);
        var signIn = await browser.GetPageAsync("/account/sign-in");
        Assert.Contains("You have signed out.", signIn.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefusedAndTheSessionGoesOn()
    {
        await factory.CreateAdultAsync("forged.signout@signin.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("forged.signout@signin.example");

        using var content = new FormUrlEncodedContent([]);
        using var response = await browser.Client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task SignIn_FromAProtectedPage_ReturnsToThatPage()
    {
        await factory.CreateAdultAsync("office@signin.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        using var browser = factory.CreateBrowser();

        using var challenge = await browser.GetAsync("/admin/settings");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var signInPage = await browser.GetPageAsync(challenge.Headers.Location!.PathAndQuery);
        Assert.Equal("/admin/settings", signInPage.QuerySelector<IHtmlInputElement>("input[name=ReturnUrl]")?.Value);
        using var response = await browser.SubmitAsync(signInPage, new Dictionary<string, string> { ["Email"] = "office@signin.example", ["Password"] = ConductWebFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/settings", response.Headers.Location?.OriginalString);
        var settings = await browser.GetPageAsync("/admin/settings");
        Assert.Equal("School settings", settings.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("external", "https://evil.example")]
    [InlineData("scheme-relative", "//evil.example/account/sign-in")]
    [InlineData("backslash", "/\\evil.example")]
    public async Task SignIn_ReturnUrlToAnotherSite_GoesHomeInstead(string kind, string returnUrl)
    {
        var email = $"{kind}@signin.example";
        await factory.CreateAdultAsync(email);
        using var browser = factory.CreateBrowser();

        var page = await browser.GetPageAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        using var response = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Email"] = email, ["Password"] = ConductWebFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
