using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>Five wrong passwords lock an account for 15 minutes, whatever is typed next.</summary>
public sealed class LockoutTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    private const string LockedHeading = "Your account is locked for 15 minutes";

    [Fact]
    public async Task SignIn_FourWrongPasswords_StillAllowsTheRightOne()
    {
        await factory.CreateAdultAsync("four.tries@lockout.example");
        using var browser = factory.CreateBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var page = await WrongPasswordAsync(browser, "four.tries@lockout.example");
            Assert.Equal(["Enter a correct email address and password"], TestBrowser.Errors(page));
        }

        await browser.SignInAsync("four.tries@lockout.example");
    }

    [Fact]
    public async Task SignIn_FifthWrongPassword_LocksTheAccountAndRefusesEvenTheRightPassword()
    {
        var user = await factory.CreateAdultAsync("five.tries@lockout.example");
        using var browser = factory.CreateBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await WrongPasswordAsync(browser, "five.tries@lockout.example");
        }

        var before = DateTimeOffset.UtcNow;
        var fifth = await WrongPasswordAsync(browser, "five.tries@lockout.example");
        var after = DateTimeOffset.UtcNow;

        Assert.Equal(LockedHeading, fifth.QuerySelector("h1")?.TextContent.Trim());
        using var rightPassword = await browser.SignInWithPasswordAsync("five.tries@lockout.example");
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Equal(LockedHeading, (await TestBrowser.ParseAsync(rightPassword)).QuerySelector("h1")?.TextContent.Trim());
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);

        // Identity's UserManager reads the system clock for lockout (it takes no TimeProvider), so the test checks
        // the end time it stored rather than moving a clock.
        var lockoutEnd = await factory.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value, before.AddMinutes(15).AddSeconds(-1), after.AddMinutes(15).AddSeconds(1));
    }

    [Fact]
    public async Task SignIn_AfterTheLockoutHasEnded_WorksWithTheRightPassword()
    {
        var user = await factory.CreateAdultAsync("waited@lockout.example");
        using var browser = factory.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await WrongPasswordAsync(browser, "waited@lockout.example");
        }

        await EndLockoutAsync(user.Id);

        await browser.SignInAsync("waited@lockout.example");
    }

    [Fact]
    public async Task SignIn_LockedAccount_DoesNotLockAnyoneElse()
    {
        await factory.CreateAdultAsync("locked.colleague@lockout.example");
        await factory.CreateAdultAsync("unaffected@lockout.example");
        using var attacker = factory.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await WrongPasswordAsync(attacker, "locked.colleague@lockout.example");
        }

        using var colleague = factory.CreateBrowser();
        await colleague.SignInAsync("unaffected@lockout.example");
    }

    private static async Task<IDocument> WrongPasswordAsync(TestBrowser browser, string email)
    {
        using var response = await browser.SignInWithPasswordAsync(email, "definitely not my password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestBrowser.ParseAsync(response);
    }

    /// <summary>What 15 minutes of waiting does: the stored lockout end passes.</summary>
    private async Task EndLockoutAsync(int userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConductUser>>();
        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(user);
        Assert.True(await users.IsLockedOutAsync(user));
        var ended = await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.True(ended.Succeeded);
    }
}
