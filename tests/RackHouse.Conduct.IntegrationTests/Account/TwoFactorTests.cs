using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>Two-factor authentication with an authenticator app, offered to every adult: enrolment, codes that
/// work once and only around now, recovery codes, and turning it off. The portal's clock is moved by the test.</summary>
public sealed class TwoFactorTests(FakeClockWebFactory factory) : IClassFixture<FakeClockWebFactory>
{
    private const string WrongCode = "The code is not correct, or it has already been used. Wait for a new code in your app and enter that";

    [Fact]
    public async Task Enrol_AdultWithoutTwoFactor_ShowsAQrCodeAndASetupKeyThenGivesTenRecoveryCodes()
    {
        await factory.CreateAdultAsync("enrolling@2fa.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("enrolling@2fa.example");

        var enrol = await browser.GetPageAsync("/account/two-factor/enrol");
        var qrCode = enrol.QuerySelector("img.rh-qr-code")?.GetAttribute("src") ?? string.Empty;
        Assert.StartsWith("data:image/png;base64,", qrCode, StringComparison.Ordinal);
        var png = Convert.FromBase64String(qrCode["data:image/png;base64,".Length..]);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        var secret = SetupKey(enrol);
        using var response = await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Form.Code"] = factory.Code(secret) }, "/account/two-factor/enrol");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/two-factor/recovery-codes", response.Headers.Location?.OriginalString);
        var codes = RecoveryCodes(await browser.GetPageAsync("/account/two-factor/recovery-codes"));
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        var account = await browser.GetPageAsync("/account");
        Assert.Contains("10 recovery codes left", account.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enrol_WrongCode_IsRefusedAndTwoFactorStaysOff()
    {
        var user = await factory.CreateAdultAsync("fumbling@2fa.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("fumbling@2fa.example");
        var enrol = await browser.GetPageAsync("/account/two-factor/enrol");
        var secret = SetupKey(enrol);

        using var response = await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Form.Code"] = factory.Code(secret, stepOffset: 5) }, "/account/two-factor/enrol");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(["The code is not correct. Check the app shows the account for this portal, wait for a new code and enter that"], TestBrowser.Errors(page));
        Assert.Equal("#Form_Code", page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Form_Code"));
        Assert.Equal(secret, SetupKey(page));
        Assert.False(await factory.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task SignIn_AfterEnrolling_AsksForACode()
    {
        await factory.CreateAdultAsync("enrolled@2fa.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("enrolled@2fa.example");
        var enrol = await browser.GetPageAsync("/account/two-factor/enrol");
        var secret = SetupKey(enrol);
        using var enrolled = await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Form.Code"] = factory.Code(secret) }, "/account/two-factor/enrol");
        using var signOut = await browser.PostAsync("/account/sign-out");
        factory.NextStep();

        using var password = await browser.SignInWithPasswordAsync("enrolled@2fa.example");

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/account/sign-in/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var notYet = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", notYet.Headers.Location?.ToString(), StringComparison.Ordinal);
        using var code = await SubmitCodeAsync(browser, factory.Code(secret));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location?.OriginalString);
        await browser.GetPageAsync("/");
    }

    [Fact]
    public async Task SignIn_SameCodeTwiceInOneStep_IsRefusedTheSecondTime()
    {
        await factory.CreateAdultAsync("replayed@2fa.example", totpSecret: Secrets.Totp);
        var code = factory.Code(Secrets.Totp);
        using var first = factory.CreateBrowser();
        await SignInWithPasswordAsync(first, "replayed@2fa.example");
        using var accepted = await SubmitCodeAsync(first, code);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        using var second = factory.CreateBrowser();
        await SignInWithPasswordAsync(second, "replayed@2fa.example");
        using var replayed = await SubmitCodeAsync(second, factory.Code(Secrets.Totp));

        Assert.Equal(code, factory.Code(Secrets.Totp));
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal([WrongCode], TestBrowser.Errors(await TestBrowser.ParseAsync(replayed)));
        using var home = await second.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task SignIn_CodeFromTheStepAfterTheLastUsed_IsAccepted()
    {
        await factory.CreateAdultAsync("next.step@2fa.example", totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();
        await SignInWithPasswordAsync(browser, "next.step@2fa.example");
        using var first = await SubmitCodeAsync(browser, factory.Code(Secrets.Totp));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var signOut = await browser.PostAsync("/account/sign-out");
        factory.NextStep();

        await SignInWithPasswordAsync(browser, "next.step@2fa.example");
        using var second = await SubmitCodeAsync(browser, factory.Code(Secrets.Totp));

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/", second.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_CodeTwoStepsOld_IsRefused()
    {
        await factory.CreateAdultAsync("slow.phone@2fa.example", totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();
        await SignInWithPasswordAsync(browser, "slow.phone@2fa.example");

        using var response = await SubmitCodeAsync(browser, factory.Code(Secrets.Totp, stepOffset: -2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([WrongCode], TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
    }

    [Fact]
    public async Task SignIn_CodeTwoStepsAhead_IsRefused()
    {
        await factory.CreateAdultAsync("fast.phone@2fa.example", totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();
        await SignInWithPasswordAsync(browser, "fast.phone@2fa.example");

        using var response = await SubmitCodeAsync(browser, factory.Code(Secrets.Totp, stepOffset: 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([WrongCode], TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
    }

    [Fact]
    public async Task SignIn_CodeOneStepOld_IsAcceptedForClockDrift()
    {
        await factory.CreateAdultAsync("drifting.phone@2fa.example", totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();
        await SignInWithPasswordAsync(browser, "drifting.phone@2fa.example");

        using var response = await SubmitCodeAsync(browser, factory.Code(Secrets.Totp, stepOffset: -1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_OlderCodeAfterANewerOneWasUsed_IsRefused()
    {
        await factory.CreateAdultAsync("older.code@2fa.example", totpSecret: Secrets.Totp);
        var previousStepCode = factory.Code(Secrets.Totp, stepOffset: -1);
        using var browser = factory.CreateBrowser();
        await SignInWithPasswordAsync(browser, "older.code@2fa.example");
        using var current = await SubmitCodeAsync(browser, factory.Code(Secrets.Totp));
        Assert.Equal(HttpStatusCode.Redirect, current.StatusCode);
        using var signOut = await browser.PostAsync("/account/sign-out");

        await SignInWithPasswordAsync(browser, "older.code@2fa.example");
        using var older = await SubmitCodeAsync(browser, previousStepCode);

        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        Assert.Equal([WrongCode], TestBrowser.Errors(await TestBrowser.ParseAsync(older)));
    }

    [Fact]
    public async Task SignIn_RecoveryCode_WorksOnceOnly()
    {
        await factory.CreateAdultAsync("lost.phone@2fa.example", totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();
        var codes = await NewRecoveryCodesAsync(browser, "lost.phone@2fa.example");
        using var signOut = await browser.PostAsync("/account/sign-out");

        await SignInWithPasswordAsync(browser, "lost.phone@2fa.example");
        using var first = await SubmitRecoveryCodeAsync(browser, codes[0]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Headers.Location?.OriginalString);
        var home = await browser.GetPageAsync("/");
        Assert.Contains("You signed in with a recovery code. It cannot be used again.", home.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        var account = await browser.GetPageAsync("/account");
        Assert.Contains("9 recovery codes left", account.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        using var signOutAgain = await browser.PostAsync("/account/sign-out");

        await SignInWithPasswordAsync(browser, "lost.phone@2fa.example");
        using var second = await SubmitRecoveryCodeAsync(browser, codes[0]);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(["That recovery code is not correct or has already been used"], TestBrowser.Errors(await TestBrowser.ParseAsync(second)));
        using var another = await SubmitRecoveryCodeAsync(browser, codes[1]);
        Assert.Equal(HttpStatusCode.Redirect, another.StatusCode);
    }

    [Fact]
    public async Task NewRecoveryCodes_InvalidateTheOldOnes()
    {
        await factory.CreateAdultAsync("renewing@2fa.example", totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();
        var oldCodes = await NewRecoveryCodesAsync(browser, "renewing@2fa.example");
        var account = await browser.GetPageAsync("/account");
        using var renewed = await browser.SubmitAsync(account, new Dictionary<string, string>(), "/account/two-factor/recovery-codes");
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        var codesPage = await browser.GetPageAsync("/account/two-factor/recovery-codes");
        Assert.Contains("You have new recovery codes. The old ones no longer work.", codesPage.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        var newCodes = RecoveryCodes(codesPage);
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        using var signOut = await browser.PostAsync("/account/sign-out");

        await SignInWithPasswordAsync(browser, "renewing@2fa.example");
        foreach (var old in oldCodes.Take(3))
        {
            using var refused = await SubmitRecoveryCodeAsync(browser, old);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var accepted = await SubmitRecoveryCodeAsync(browser, newCodes[0]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task RecoveryCodes_AreStoredHashed()
    {
        var user = await factory.CreateAdultAsync("hashed@2fa.example", totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();

        var codes = await NewRecoveryCodesAsync(browser, "hashed@2fa.example");

        var stored = await factory.QueryAsync(db => db.UserTokens.Where(t => t.UserId == user.Id).Select(t => t.Value).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(codes, code => Assert.DoesNotContain(stored, value => value != null && value.Contains(code, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task TurnOff_OrdinaryAdult_SignsInWithPasswordOnlyAfterwards()
    {
        await factory.CreateAdultAsync("turning.off@2fa.example", totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();
        await SignInWithPasswordAsync(browser, "turning.off@2fa.example");
        using var code = await SubmitCodeAsync(browser, factory.Code(Secrets.Totp));
        var account = await browser.GetPageAsync("/account");
        Assert.NotNull(account.QuerySelector("form[action='/account/two-factor/turn-off'] button"));

        using var response = await browser.SubmitAsync(account, new Dictionary<string, string>(), "/account/two-factor/turn-off");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
        var after = await browser.GetPageAsync("/account");
        Assert.Contains("Two-factor authentication is off.", after.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        using var signOut = await browser.PostAsync("/account/sign-out");
        await browser.SignInAsync("turning.off@2fa.example");
    }

    private static async Task SignInWithPasswordAsync(TestBrowser browser, string email)
    {
        using var response = await browser.SignInWithPasswordAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in/two-factor", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SubmitCodeAsync(TestBrowser browser, string code) =>
        await browser.SubmitAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });

    private static async Task<HttpResponseMessage> SubmitRecoveryCodeAsync(TestBrowser browser, string code) =>
        await browser.SubmitAsync("/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = code });

    /// <summary>The base32 secret, from the setup key shown for typing into an app by hand.</summary>
    private static string SetupKey(IDocument enrolPage)
    {
        var key = enrolPage.QuerySelector("p.rh-recovery-codes strong")?.TextContent ?? string.Empty;
        return key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    private static List<string> RecoveryCodes(IDocument page) =>
        page.QuerySelectorAll("ul.rh-recovery-codes li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>Signs in through two-factor and gets a fresh set of recovery codes from the account page.</summary>
    private async Task<List<string>> NewRecoveryCodesAsync(TestBrowser browser, string email)
    {
        await SignInWithPasswordAsync(browser, email);
        using var code = await SubmitCodeAsync(browser, factory.Code(Secrets.Totp));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        var account = await browser.GetPageAsync("/account");
        using var response = await browser.SubmitAsync(account, new Dictionary<string, string>(), "/account/two-factor/recovery-codes");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var codes = RecoveryCodes(await browser.GetPageAsync("/account/two-factor/recovery-codes"));
        Assert.Equal(10, codes.Count);
        return codes;
    }
}
