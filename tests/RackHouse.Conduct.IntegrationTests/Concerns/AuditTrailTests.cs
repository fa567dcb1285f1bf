using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Operations;
using RackHouse.Conduct.Web.Infrastructure.Audit;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>The audit trail is one hash chain: intact after concurrent writes, and <c>audit verify</c> names the first
/// entry changed or removed behind the portal's back.</summary>
public sealed class AuditTrailTests
{
    [Fact]
    public async Task AuditVerify_UntouchedTrail_ReportsItIntact()
    {
        await using var factory = await WithAuditedCaseAsync();

        var result = await new OperatorCommandLine(factory.DataFolder, factory.Database).RunAsync(["audit", "verify"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("The audit trail is intact: 3 entries checked.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_RowAlteredInTheDatabase_NamesTheFirstBrokenEntry()
    {
        await using var factory = await WithAuditedCaseAsync();
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'Nothing to see' WHERE \"Sequence\" = 3"));

        var result = await new OperatorCommandLine(factory.DataFolder, factory.Database).RunAsync(["audit", "verify"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("The audit trail is broken at entry 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("it was altered", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowDeleted_NamesTheGap()
    {
        await using var factory = await WithAuditedCaseAsync();
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2"));

        var result = await VerifyAsync(factory);

        Assert.Equal(3, result.BrokenSequence);
        Assert.Equal("entry 2 is missing (the next entry is 3)", result.Problem);
    }

    [Fact]
    public async Task Verify_HashRecomputedAfterAnEdit_BreaksAtTheNextEntry()
    {
        await using var factory = await WithAuditedCaseAsync();
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Hash\" = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' WHERE \"Sequence\" = 2"));

        var result = await VerifyAsync(factory);

        Assert.Equal(2, result.BrokenSequence);
    }

    [Fact]
    public async Task ConcurrentViews_StayOneUnbrokenChain()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@chain.example", "Hal Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@chain.example", "Rhea Reporter");
        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var response = await head.GetAsync($"/admin/concerns/{reference}");
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var result = await VerifyAsync(factory);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(18, result.CheckedEntries);
        Assert.Equal(Enumerable.Range(1, 18).Select(n => (long)n), await factory.QueryAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync()));
    }

    /// <summary>A case with three audit entries: submitted, case manager assigned, decision recorded.</summary>
    private static async Task<ConcernWebFactory> WithAuditedCaseAsync()
    {
        var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@verify.example", "Hedy Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@verify.example", "Ron Reporter");
        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling);
        using (var triaged = await head.SubmitAsync($"/admin/concerns/{reference}/triage", new Dictionary<string, string> { ["Decision"] = nameof(ThresholdDecision.NotAConcern), ["Rationale"] = "Banter between adults." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, triaged.StatusCode);
        }

        return factory;
    }

    private static async Task<AuditVerificationResult> VerifyAsync(ConcernWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerification>().VerifyAsync();
    }
}
