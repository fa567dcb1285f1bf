using System.Net;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>A signed-in adult changes their password by giving the current one.</summary>
public sealed class ChangePasswordTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    private const string NewPassword = "blue heron at low tide";

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_IsRefusedWithAMessageOnThatField()
    {
        await factory.CreateAdultAsync("mistyped@change.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("mistyped@change.example");

        using var response = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "this is not my password",
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(["Your current password is not correct"], TestBrowser.Errors(page));
        Assert.Equal("#CurrentPassword", page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        using var other = factory.CreateBrowser();
        using var withNew = await other.SignInWithPasswordAsync("mistyped@change.example", NewPassword);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        await other.SignInAsync("mistyped@change.example");
    }

    [Fact]
    public async Task ChangePassword_BlankForm_AsksForEachPassword()
    {
        await factory.CreateAdultAsync("blank@change.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("blank@change.example");

        using var response = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "",
            ["NewPassword"] = "",
            ["ConfirmPassword"] = "",
        });

        Assert.Equal(["Enter your current password", "Enter a new password"], TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
    }

    [Fact]
    public async Task ChangePassword_Success_KeepsTheAdultSignedInAndOnlyTheNewPasswordWorksAfterwards()
    {
        await factory.CreateAdultAsync("changer@change.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("changer@change.example");

        using var response = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = ConductWebFactory.Password,
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
        var account = await browser.GetPageAsync("/account");
        Assert.Contains("Your password has been changed.", account.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        using var signOut = await browser.PostAsync("/account/sign-out");

        using var oldPassword = await browser.SignInWithPasswordAsync("changer@change.example");
        Assert.Equal(["Enter a correct email address and password"], TestBrowser.Errors(await TestBrowser.ParseAsync(oldPassword)));
        using var newPassword = await browser.SignInWithPasswordAsync("changer@change.example", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        Assert.Equal("/", newPassword.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ChangePassword_NotSignedIn_GoesToSignIn()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/account/change-password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
