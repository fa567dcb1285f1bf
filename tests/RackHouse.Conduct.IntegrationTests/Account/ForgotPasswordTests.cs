using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>A forgotten password is reset through a link sent by email, which works once only.</summary>
public sealed class ForgotPasswordTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    private const string NewPassword = "seven orange kites over the pier";

    [Fact]
    public async Task ForgotPassword_KnownEmail_WritesAnOutboxMessageWithAResetLink()
    {
        await factory.CreateAdultAsync("forgetful@reset.example");
        using var browser = factory.CreateBrowser();

        using var response = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "forgetful@reset.example" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Check your email", (await TestBrowser.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
        var message = Assert.Single(await PasswordResetEmails.ToAsync(factory, "forgetful@reset.example"));
        Assert.Equal("Reset your password for the staff conduct portal", message.Subject);
        Assert.Null(message.SentAtUtc);
        Assert.StartsWith("/account/reset-password?", PasswordResetEmails.LinkIn(message), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_FollowingTheLink_SetsTheNewPasswordAndRetiresTheOld()
    {
        await factory.CreateAdultAsync("resetting@reset.example");
        using var browser = factory.CreateBrowser();
        var link = await PasswordResetEmails.RequestLinkAsync(factory, browser, "resetting@reset.example");

        var form = await browser.GetPageAsync(link);
        Assert.Equal("resetting@reset.example", form.QuerySelector<IHtmlInputElement>("#Email")?.Value);
        using var response = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);
        var signIn = await browser.GetPageAsync("/account/sign-in");
        Assert.Contains("Your password has been changed", signIn.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        using var oldPassword = await browser.SignInWithPasswordAsync("resetting@reset.example");
        Assert.Equal(["Enter a correct email address and password"], TestBrowser.Errors(await TestBrowser.ParseAsync(oldPassword)));
        using var newPassword = await browser.SignInWithPasswordAsync("resetting@reset.example", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        Assert.Equal("/", newPassword.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ResetPassword_LinkUsedTwice_IsRefusedTheSecondTime()
    {
        await factory.CreateAdultAsync("twice@reset.example");
        using var browser = factory.CreateBrowser();
        var link = await PasswordResetEmails.RequestLinkAsync(factory, browser, "twice@reset.example");
        using var first = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "a second choice of password", ["ConfirmPassword"] = "a second choice of password" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(["This link has expired or has already been used. Ask for a new one from the sign-in page"], TestBrowser.Errors(await TestBrowser.ParseAsync(second)));
        using var signIn = await browser.SignInWithPasswordAsync("twice@reset.example", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_LockedAccount_IsUnlockedWithTheNewPassword()
    {
        await factory.CreateAdultAsync("locked.out@reset.example");
        using var browser = factory.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await browser.SignInWithPasswordAsync("locked.out@reset.example", "a wrong guess at it");
        }

        using var locked = await browser.SignInWithPasswordAsync("locked.out@reset.example");
        Assert.Equal("Your account is locked for 15 minutes", (await TestBrowser.ParseAsync(locked)).QuerySelector("h1")?.TextContent.Trim());
        var link = await PasswordResetEmails.RequestLinkAsync(factory, browser, "locked.out@reset.example");

        using var reset = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var signIn = await browser.SignInWithPasswordAsync("locked.out@reset.example", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ResetPassword_TamperedToken_IsRefused()
    {
        await factory.CreateAdultAsync("tampered@reset.example");
        using var browser = factory.CreateBrowser();
        await PasswordResetEmails.RequestLinkAsync(factory, browser, "tampered@reset.example");

        using var response = await browser.SubmitAsync(
            "/account/reset-password?email=tampered%40reset.example&token=made-up-token",
            new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["This link has expired or has already been used. Ask for a new one from the sign-in page"], TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
        await browser.SignInAsync("tampered@reset.example");
    }

    [Fact]
    public async Task ForgotPassword_UnknownEmail_AnswersTheSameAndSendsNothing()
    {
        await factory.CreateAdultAsync("known@reset.example");
        using var browser = factory.CreateBrowser();
        using var known = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "known@reset.example" });
        var messagesBefore = await factory.QueryAsync(db => db.OutboxMessages.CountAsync());

        using var unknown = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "stranger@reset.example" });

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(
            MainText(await TestBrowser.ParseAsync(known)).Replace("known@reset.example", "{email}", StringComparison.Ordinal),
            MainText(await TestBrowser.ParseAsync(unknown)).Replace("stranger@reset.example", "{email}", StringComparison.Ordinal));
        Assert.Empty(await PasswordResetEmails.ToAsync(factory, "stranger@reset.example"));
        Assert.Equal(messagesBefore, await factory.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task ForgotPassword_BlankOrMalformedEmail_SaysWhatIsWrong()
    {
        using var browser = factory.CreateBrowser();

        using var blank = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "" });
        using var malformed = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "not an address" });

        Assert.Equal(["Enter your email address"], TestBrowser.Errors(await TestBrowser.ParseAsync(blank)));
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], TestBrowser.Errors(await TestBrowser.ParseAsync(malformed)));
    }

    private static string MainText(IDocument page) =>
        string.Join(' ', (page.QuerySelector("main")?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
