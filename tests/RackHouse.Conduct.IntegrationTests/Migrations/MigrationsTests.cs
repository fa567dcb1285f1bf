using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.IntegrationTests.Migrations;

/// <summary>The three providers' migrations stay in step with the model and with each other.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<DatabaseProvider> Providers => new(Enum.GetValues<DatabaseProvider>());

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangesMissingAMigration(DatabaseProvider provider)
    {
        using var context = DesignTimeContext(provider);
        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"The model has changed since the last {provider} migration: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void MigrationLists_AreTheSameForEveryProvider()
    {
        var lists = Enum.GetValues<DatabaseProvider>().ToDictionary(p => p, p =>
        {
            using var context = DesignTimeContext(p);
            return context.Database.GetMigrations().ToList();
        });

        Assert.NotEmpty(lists[DatabaseProvider.Sqlite]);
        Assert.Equal(lists[DatabaseProvider.Sqlite], lists[DatabaseProvider.SqlServer]);
        Assert.Equal(lists[DatabaseProvider.Sqlite], lists[DatabaseProvider.PostgreSql]);
    }

    [Fact]
    public void SqlServerIdempotentScript_ParsesWithoutErrors()
    {
        using var context = DesignTimeContext(DatabaseProvider.SqlServer);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.NotEmpty(((TSqlScript)fragment).Batches);
        Assert.Contains("CREATE TABLE [Adults]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    private static ConductDbContext DesignTimeContext(DatabaseProvider provider) =>
        new(ConductDatabase.DesignTimeOptions(provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.SqlServer => "Server=localhost;Database=Unused;Trusted_Connection=True",
            _ => "Host=localhost;Database=unused",
        }));
}
