using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Database;

namespace RackHouse.Conduct.IntegrationTests.Operations;

/// <summary>With no database configured at all, the portal keeps a SQLite file in its data folder, creates it on the
/// first run and uses write-ahead logging. This holds whatever database the rest of the suite runs on, so this class
/// removes the suite's database settings rather than following CONDUCT_TEST_PROVIDER.</summary>
public sealed class SqliteDefaultTests
{
    [Fact]
    public async Task FirstRun_NoDatabaseSettings_CreatesConductDbInDataFolderInWalMode()
    {
        using var factory = new UnconfiguredDatabaseFactory();
        var file = Path.Combine(factory.DataFolder, "conduct.db");
        Assert.False(File.Exists(file));

        using var browser = factory.CreateBrowser();
        using var ready = await browser.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var options = factory.Services.GetRequiredService<DatabaseOptions>();
        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal(string.Empty, options.ConnectionString);
        Assert.True(File.Exists(file), $"No database at {file}");
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    /// <summary>The suite's factory with its Database settings taken away, leaving appsettings.json's defaults.</summary>
    private sealed class UnconfiguredDatabaseFactory() : ConductWebFactory(new Dictionary<string, string?>
    {
        ["Database:Provider"] = null,
        ["Database:ConnectionString"] = null,
        ["Database:MigrateOnStartup"] = null,
    });
}
