using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OtpNet;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>The portal on a held clock (Monday 23 November 2026, 10:00 in London), with evidence limited to 1 MB so
/// the size limit is cheap to prove, and the SQL command counter of the policy tests.</summary>
public sealed class ConcernWebFactory() : ConductWebFactory(new Dictionary<string, string?> { ["Concerns:MaxEvidenceMegabytes"] = "1" })
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Monday);

    public SqlCommandCounter Commands => Services.GetRequiredService<SqlCommandCounter>();

    public string EvidenceFolder => Path.Combine(DataFolder, "evidence");

    /// <summary>Creates an adult with an account (two-factor on for the roles that need it) and signs them in.</summary>
    public async Task<TestBrowser> SignedInAdultAsync(string email, string fullName, params string[] roles)
    {
        var secret = roles.Any(Roles.RequiringTwoFactor.Contains) ? Secrets.Totp : null;
        await CreateAdultAsync(email, AdultCategory.TeachingStaff, roles, secret, fullName);
        var browser = CreateBrowser();
        using var password = await browser.SignInWithPasswordAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        if (secret is not null)
        {
            Clock.Advance(TimeSpan.FromSeconds(30));
            var code = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);
            using var second = await browser.SubmitAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        return browser;
    }

    public async Task<int> AdultIdAsync(string email) =>
        await QueryAsync(db => db.Adults.Where(a => a.Email == email).Select(a => a.Id).SingleAsync());

    public async Task<ConcernStatus> StatusAsync(string reference) =>
        await QueryAsync(db => db.Concerns.Where(c => c.Reference == reference).Select(c => c.Status).SingleAsync());

    /// <summary>Adds concerns straight into the database, as a busy year would have left them.</summary>
    public async Task AddConcernsAsync(int count, int reporterAdultId, int? subjectAdultId, CaseManager caseManager = CaseManager.Headteacher)
    {
        await QueryAsync(async db =>
        {
            var counter = await db.ConcernYearCounters.SingleOrDefaultAsync(c => c.Year == 2026 && c.Series == caseManager);
            if (counter is null)
            {
                counter = new ConcernYearCounter(2026, caseManager);
                db.ConcernYearCounters.Add(counter);
            }

            for (var i = 0; i < count; i++)
            {
                var report = new ConcernReport(reporterAdultId, (ConcernCategory)(i % 13), $"Bulk concern {i}", false, null, null, null, null, null,
                    subjectAdultId is null ? SubjectKind.Public : SubjectKind.AdultOfSchool, subjectAdultId, null, false, null);
                db.Concerns.Add(new Concern(2026, counter.Next(), report, caseManager, Clock.GetUtcNow().UtcDateTime.AddMinutes(-i)));
            }

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
