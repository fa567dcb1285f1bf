using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OtpNet;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Seeding;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>The portal on a clock the test holds, installed on Monday 5 October 2026 at 10:00 in London: after the
/// yearly deadline (30 September), so the seeded version 1 opens a round of its own, due 10 working days later on
/// 19 October 2026. It also counts the SQL commands each request sends (<see cref="SqlCommandCounter"/>).</summary>
public sealed class PolicyWebFactory : ConductWebFactory
{
    public const string SchoolName = "Rack House Primary School";

    public static readonly DateTimeOffset InstalledAt = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly FirstDeadline = new(2026, 10, 19);

    public FakeTimeProvider Clock { get; } = new(InstalledAt);

    public SqlCommandCounter Commands => Services.GetRequiredService<SqlCommandCounter>();

    /// <summary>Creates an adult with an account (with two-factor on for the roles that need it) and signs them in.</summary>
    public async Task<TestBrowser> SignedInAdultAsync(string email, AdultCategory category = AdultCategory.TeachingStaff, string[]? roles = null, string fullName = "Test Adult")
    {
        var secret = roles?.Any(Roles.RequiringTwoFactor.Contains) == true ? Secrets.Totp : null;
        await CreateAdultAsync(email, category, roles, secret, fullName);
        return await SignedInAsync(email, secret);
    }

    /// <summary>Signs in through the pages, with a code for the held clock when the account has two-factor on.</summary>
    public async Task<TestBrowser> SignedInAsync(string email, string? totpSecret = null)
    {
        var browser = CreateBrowser();
        try
        {
            using var password = await browser.SignInWithPasswordAsync(email);
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            if (totpSecret is not null)
            {
                // A code is accepted once only: each sign-in takes the next 30-second step.
                Clock.Advance(TimeSpan.FromSeconds(30));
                var code = new Totp(Base32Encoding.ToBytes(totpSecret)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);
                using var second = await browser.SubmitAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });
                Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
                Assert.Equal("/", second.Headers.Location?.OriginalString);
            }
            else
            {
                Assert.Equal("/", password.Headers.Location?.OriginalString);
            }

            return browser;
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    public async Task<int> PolicyIdAsync(string title = SocialMediaPolicySeed.Title) =>
        await QueryAsync(db => db.Policies.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

    public async Task<int> VersionIdAsync(int policyId, int number) =>
        await QueryAsync(db => db.PolicyVersions.Where(v => v.PolicyId == policyId && v.Number == number).Select(v => v.Id).SingleAsync());

    public async Task<int> AdultIdAsync(string email) =>
        await QueryAsync(db => db.Adults.Where(a => a.Email == email).Select(a => a.Id).SingleAsync());

    /// <summary>Adds an adult with no account, as the register sees most of the school.</summary>
    public async Task<int> AddAdultAsync(string fullName, AdultCategory category, DateOnly startDate, DateOnly? lastDay = null)
    {
        var adult = new Adult(fullName, $"{Guid.NewGuid():N}@register.example", category, startDate);
        if (lastDay is { } last)
        {
            adult.MarkAsLeft(last);
        }

        return await QueryAsync(async db =>
        {
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            return adult.Id;
        });
    }

    /// <summary>Records an acknowledgement straight into the database, as one made in another year would have been.</summary>
    public async Task<long> AddAcknowledgementAsync(int adultId, int versionId, int academicYearStart, DateTime acknowledgedAtUtc)
    {
        var acknowledgement = new Acknowledgement(adultId, versionId, academicYearStart, acknowledgedAtUtc, [AcknowledgementStatements.ReadAndUnderstood], PolicyText.Sha256("the text as it was then"));
        return await QueryAsync(async db =>
        {
            db.Acknowledgements.Add(acknowledgement);
            await db.SaveChangesAsync();
            return acknowledgement.Id;
        });
    }

    /// <summary>Publishes a new version through the domain, for tests about what adults see once it exists.</summary>
    public async Task PublishVersionAsync(int policyId, string body, bool requiresReacknowledgement, DateOnly? reacknowledgeBy)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await QueryAsync(async db =>
        {
            var policy = await db.Policies.Include(p => p.Versions).SingleAsync(p => p.Id == policyId);
            policy.StartDraft(body, draftedByAdultId: null, now).Publish(publishedByAdultId: null, now, requiresReacknowledgement, reacknowledgeBy);
            return await db.SaveChangesAsync();
        });
    }

    protected override FakeTimeProvider TestClock => Clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<SqlCommandCounter>();
            services.ConfigureDbContext<ConductDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<SqlCommandCounter>()));
        });
    }
}
