using System.Net;
using AngleSharp.Dom;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>OWASP ASVS 5 for new passwords, whether reset by email or changed when signed in: at least 12
/// characters, no rules about character kinds, and none of the most common passwords.</summary>
public sealed class PasswordRulesTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    private const string CommonMessage = "This password is one of the most commonly used, so it is easy to guess. Choose another: three random words work well";

    private const string Reset = "reset";
    private const string Change = "change";

    [Theory]
    [InlineData(Reset)]
    [InlineData(Change)]
    public async Task NewPassword_ElevenCharacters_IsRefused(string route)
    {
        var (page, field, email) = await ChooseAsync(route, "eleven", "elevenchars");

        Assert.NotNull(page);
        Assert.Equal(["Password must be 12 characters or more"], TestBrowser.Errors(page));
        Assert.Equal("#" + field, page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Contains("Password must be 12 characters or more", page.QuerySelector($"#{field}-error")?.TextContent, StringComparison.Ordinal);
        await AssertPasswordUnchangedAsync(email);
    }

    [Theory]
    [InlineData(Reset, "leavemealone")]
    [InlineData(Change, "leavemealone")]
    [InlineData(Reset, "qwerty123456")]
    [InlineData(Change, "1qaz2wsx3edc")]
    [InlineData(Change, "QWERTY123456")]
    public async Task NewPassword_FromTheCommonPasswordsList_IsRefused(string route, string password)
    {
        var (page, field, email) = await ChooseAsync(route, "common." + password, password);

        Assert.NotNull(page);
        Assert.Equal([CommonMessage], TestBrowser.Errors(page));
        Assert.Equal("#" + field, page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        await AssertPasswordUnchangedAsync(email);
    }

    [Theory]
    [InlineData(Reset)]
    [InlineData(Change)]
    public async Task NewPassword_LowerCaseOnlyPassphrase_IsAccepted(string route)
    {
        const string passphrase = "lanternorchardcopper";

        var (page, _, email) = await ChooseAsync(route, "passphrase", passphrase);

        Assert.Null(page);
        using var browser = factory.CreateBrowser();
        using var signIn = await browser.SignInWithPasswordAsync(email, passphrase);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Reset)]
    [InlineData(Change)]
    public async Task NewPassword_ConfirmationDifferent_IsRefused(string route)
    {
        var (page, _, email) = await ChooseAsync(route, "mismatch", "lanternorchardcopper", confirmation: "lanternorchardcoppers");

        Assert.NotNull(page);
        Assert.Equal(["The passwords do not match"], TestBrowser.Errors(page));
        await AssertPasswordUnchangedAsync(email);
    }

    private async Task AssertPasswordUnchangedAsync(string email)
    {
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync(email);
    }

    /// <summary>Makes an adult and chooses a new password for them by the given route. Returns the page shown when
    /// the password is refused (null when it was accepted), the field the password goes in, and the adult's email.</summary>
    private async Task<(IDocument? Page, string Field, string Email)> ChooseAsync(string route, string name, string password, string? confirmation = null)
    {
        var email = $"{name}.{route}@rules.example".ToLowerInvariant();
        await factory.CreateAdultAsync(email);
        using var browser = factory.CreateBrowser();
        HttpResponseMessage response;
        string field;
        if (route == Reset)
        {
            var link = await PasswordResetEmails.RequestLinkAsync(factory, browser, email);
            field = "Password";
            response = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = password, ["ConfirmPassword"] = confirmation ?? password });
        }
        else
        {
            await browser.SignInAsync(email);
            field = "NewPassword";
            response = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
            {
                ["CurrentPassword"] = ConductWebFactory.Password,
                ["NewPassword"] = password,
                ["ConfirmPassword"] = confirmation ?? password,
            });
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                return (null, field, email);
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await TestBrowser.ParseAsync(response), field, email);
        }
    }
}
