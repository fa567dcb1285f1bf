using System.Net;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>Sign-in posts are limited per client address; past the limit the portal answers 429 with a friendly page.</summary>
public sealed class SignInRateLimitTests(SignInRateLimitWebFactory factory) : IClassFixture<SignInRateLimitWebFactory>
{
    [Fact]
    public async Task SignIn_PostsPastTheLimit_Answer429WhileGetsStillWork()
    {
        await factory.CreateAdultAsync("patient@ratelimit.example");
        using var browser = factory.CreateBrowser();
        for (var attempt = 1; attempt <= SignInRateLimitWebFactory.PermitLimit; attempt++)
        {
            using var allowed = await browser.SignInWithPasswordAsync("patient@ratelimit.example", "guess number " + attempt);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await browser.SignInWithPasswordAsync("patient@ratelimit.example");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(600), limited.Headers.RetryAfter?.Delta);
        var page = await TestBrowser.ParseAsync(limited);
        Assert.Equal("Too many attempts", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain("Exception", page.Body?.TextContent, StringComparison.Ordinal);
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        await browser.GetPageAsync("/account/sign-in");
        await browser.GetPageAsync("/account/forgot-password");
        using var forgot = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "patient@ratelimit.example" });
        Assert.Equal(HttpStatusCode.TooManyRequests, forgot.StatusCode);
    }
}
