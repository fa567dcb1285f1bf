using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Demo;

namespace RackHouse.Conduct.IntegrationTests.Operations;

/// <summary>Rack House Primary as demo data: a believable school with one account per role, whose password and
/// authenticator secret come from configuration, so a demonstration or an automated check can sign in.</summary>
public sealed class DemoDataTests
{
    private const string DemoPassword = "demo password from configuration";

    private static readonly string[] YearGroups = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"];

    [Fact]
    public async Task PortalStart_OutsideDevelopment_SeedsNothing()
    {
        using var factory = new ConductWebFactory();

        using var browser = factory.CreateBrowser();
        using var response = await browser.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Adults.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Pupils.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task SeedIfEmpty_EmptyDatabase_AddsAboutFortyAdultsInEveryCategoryAndTwoHundredPupils()
    {
        using var factory = new DemoFactory();

        Assert.True(await SeedAsync(factory));

        var categories = await factory.QueryAsync(db => db.Adults.Select(a => a.Category).ToListAsync());
        Assert.InRange(categories.Count, 35, 45);
        Assert.Equal(Enum.GetValues<AdultCategory>().Order(), categories.Distinct().Order());
        var years = await factory.QueryAsync(db => db.Pupils.Select(p => p.YearGroup).ToListAsync());
        Assert.InRange(years.Count, 180, 220);
        Assert.Equal(YearGroups.Order(), years.Distinct().Order());
        Assert.False(await SeedAsync(factory));
        Assert.Equal(categories.Count, await factory.QueryAsync(db => db.Adults.CountAsync()));
    }

    [Fact]
    public async Task SeedIfEmpty_EmptyDatabase_AddsOneAccountPerRoleWithTwoFactorForCaseRoles()
    {
        using var factory = new DemoFactory();
        await SeedAsync(factory);

        var expected = new Dictionary<string, string[]>
        {
            ["head"] = [Roles.Headteacher],
            ["dsl"] = [Roles.SafeguardingLead],
            ["office"] = [Roles.Office],
            ["governor"] = [Roles.Governor],
            ["chair"] = [Roles.Governor, Roles.ChairOfGovernors],
            ["teacher"] = [],
            ["volunteer"] = [],
        };
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConductUser>>();
        foreach (var (mailbox, roles) in expected)
        {
            var user = await users.FindByEmailAsync($"{mailbox}@rackhouse.example");
            Assert.True(user is not null, $"{mailbox}@rackhouse.example has no account");
            Assert.Equal(roles.Append(Roles.Adult).Order(), (await users.GetRolesAsync(user)).Order());
            Assert.True(await users.CheckPasswordAsync(user, DemoPassword), $"{mailbox} does not have the configured password");
            var needsTwoFactor = roles.Any(Roles.RequiringTwoFactor.Contains);
            Assert.Equal(needsTwoFactor, await users.GetTwoFactorEnabledAsync(user));
            Assert.Equal(needsTwoFactor ? Secrets.Totp : null, await users.GetAuthenticatorKeyAsync(user));
        }
    }

    [Fact]
    public async Task DemoHeadteacher_SignsInWithConfiguredPasswordAndSecret_ReachesAdminSettings()
    {
        using var factory = new DemoFactory();
        await SeedAsync(factory);
        using var browser = factory.CreateBrowser();

        using var password = await browser.SignInWithPasswordAsync("head@rackhouse.example", DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/account/sign-in/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var code = await browser.SubmitAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = TestBrowser.Code(Secrets.Totp) });
        Assert.Equal("/", code.Headers.Location?.OriginalString);

        var settings = await browser.GetPageAsync("/admin/settings");
        Assert.Contains("Helen Marsh", settings.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoTeacher_SignsInWithPasswordAlone_SeesHomePage()
    {
        using var factory = new DemoFactory();
        await SeedAsync(factory);
        using var browser = factory.CreateBrowser();

        using var signIn = await browser.SignInWithPasswordAsync("teacher@rackhouse.example", DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);

        var home = await browser.GetPageAsync("/");
        Assert.Equal("Hello, Tom", home.QuerySelector("main h1")?.TextContent.Trim());
    }

    private static async Task<bool> SeedAsync(ConductWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoData>().SeedIfEmptyAsync();
    }

    /// <summary>A portal whose demo password and authenticator secret are not the defaults, to show they are read
    /// from configuration.</summary>
    private sealed class DemoFactory() : ConductWebFactory(new Dictionary<string, string?>
    {
        ["Demo:Password"] = DemoPassword,
        ["Demo:TotpSecret"] = Secrets.Totp,
    });
}
