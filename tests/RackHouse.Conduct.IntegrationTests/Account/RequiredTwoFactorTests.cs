using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>The Headteacher, safeguarding lead and chair of governors handle concerns: until they have signed in
/// with two-factor authentication they reach nothing but enrolment, and they cannot turn it off.</summary>
public sealed class RequiredTwoFactorTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    private const string EnrolPath = "/account/two-factor/enrol";

    /// <summary>Each case role, with a page of its own that it may see once enrolled.</summary>
    public static TheoryData<string, string> CaseRoles { get; } = new()
    {
        { Roles.Headteacher, "/admin/settings" },
        { Roles.SafeguardingLead, "/admin/settings" },
        { Roles.ChairOfGovernors, "/governors" },
    };

    public static TheoryData<string> CaseRoleNames { get; } = [.. Roles.RequiringTwoFactor];

    [Theory]
    [MemberData(nameof(CaseRoles))]
    public async Task CaseRoleWithoutAuthenticator_IsSentToEnrolmentFromEveryPage(string role, string rolePage)
    {
        var email = $"unenrolled.{role}@required.example".ToLowerInvariant();
        await factory.CreateAdultAsync(email, roles: [role]);
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync(email);

        foreach (var path in new[] { "/", rolePage, "/account", "/account/change-password" })
        {
            using var response = await browser.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal(EnrolPath, response.Headers.Location?.OriginalString);
        }

        var enrol = await browser.GetPageAsync(EnrolPath);
        Assert.Contains("you must set this up before you can use the portal", enrol.QuerySelector(".govuk-warning-text")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CaseRoleNames))]
    public async Task CaseRoleWithoutAuthenticator_CannotPostAnywhereElse(string role)
    {
        var email = $"posting.{role}@required.example".ToLowerInvariant();
        await factory.CreateAdultAsync(email, roles: [role]);
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync(email);

        using var response = await browser.PostAsync("/account/change-password", EnrolPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(CaseRoleNames))]
    public async Task CaseRoleWithoutAuthenticator_CanSignOut(string role)
    {
        var email = $"leaving.{role}@required.example".ToLowerInvariant();
        await factory.CreateAdultAsync(email, roles: [role]);
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync(email);

        var enrol = await browser.GetPageAsync(EnrolPath);
        using var response = await browser.SubmitAsync(enrol, new Dictionary<string, string>(), "/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);
        using var home = await browser.GetAsync("/");
        Assert.StartsWith("https://localhost/account/sign-in", home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CaseRoles))]
    public async Task CaseRoleAfterEnrolling_ReachesThePagesAndHasNoWayToTurnItOff(string role, string rolePage)
    {
        var email = $"enrolling.{role}@required.example".ToLowerInvariant();
        var user = await factory.CreateAdultAsync(email, roles: [role]);
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync(email);
        var enrol = await browser.GetPageAsync(EnrolPath);
        var secret = (enrol.QuerySelector("p.rh-recovery-codes strong")?.TextContent ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

        using var enrolled = await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Form.Code"] = TestBrowser.Code(secret) }, EnrolPath);

        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        await browser.GetPageAsync("/");
        await browser.GetPageAsync(rolePage);
        var account = await browser.GetPageAsync("/account");
        Assert.Null(account.QuerySelector("form[action='/account/two-factor/turn-off']"));
        Assert.Contains("two-factor authentication must stay on", account.QuerySelector("main")?.TextContent, StringComparison.Ordinal);

        using var turnOff = await browser.PostAsync("/account/two-factor/turn-off", "/account");

        Assert.Equal(HttpStatusCode.Forbidden, turnOff.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task HeadteacherWithAuthenticator_SignsInThroughTheCodeAndReachesSettings()
    {
        await factory.CreateAdultAsync("head@required.example", roles: [Roles.Headteacher], totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();

        await browser.SignInAsync("head@required.example", Secrets.Totp);

        var settings = await browser.GetPageAsync("/admin/settings");
        Assert.Equal("School settings", settings.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task HeadteacherWithAuthenticator_PasswordAloneReachesNothing()
    {
        await factory.CreateAdultAsync("head.password.only@required.example", roles: [Roles.Headteacher], totpSecret: Secrets.Totp);
        using var browser = factory.CreateBrowser();

        using var response = await browser.SignInWithPasswordAsync("head.password.only@required.example");

        Assert.StartsWith("/account/sign-in/two-factor", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var settings = await browser.GetAsync("/admin/settings");
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", settings.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrdinaryAdultWithoutAuthenticator_IsOfferedButNotForcedToEnrol()
    {
        await factory.CreateAdultAsync("teacher@required.example");
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("teacher@required.example");

        var home = await browser.GetPageAsync("/");

        Assert.NotNull(home.QuerySelector($"a[href='{EnrolPath}']"));
        await browser.GetPageAsync("/account");
    }
}
