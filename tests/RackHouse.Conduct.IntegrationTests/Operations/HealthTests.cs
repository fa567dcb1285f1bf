using System.Net;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Operations;

/// <summary>What a load balancer or orchestrator sees: live while the process runs, ready only when the database
/// answers and every migration is applied. Both anonymous.</summary>
public sealed class HealthTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    [Fact]
    public async Task Live_Anonymous_Answers200()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_DatabaseMigrated_Answers200()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_MigrationsPending_Answers503WhileLiveAnswers200()
    {
        using var unmigrated = new UnmigratedFactory();
        using var browser = unmigrated.CreateBrowser();

        using var ready = await browser.GetAsync("/health/ready");
        using var live = await browser.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>A portal started on a fresh database that nobody has migrated, as a SQL Server or PostgreSQL
    /// deployment is before the operator runs the script.</summary>
    private sealed class UnmigratedFactory() : ConductWebFactory(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
}
