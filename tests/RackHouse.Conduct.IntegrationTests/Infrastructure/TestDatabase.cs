using Npgsql;
using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.IntegrationTests.Infrastructure;

/// <summary>The database a test run uses: SQLite files by default, or a real PostgreSQL server when the test command
/// sets CONDUCT_TEST_PROVIDER=PostgreSql and CONDUCT_TEST_POSTGRES to a connection string for a role that may create
/// databases. Each factory gets a database of its own and drops it afterwards.</summary>
public sealed class TestDatabase
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        PostgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    private string? PostgresName { get; }

    public static DatabaseProvider ProviderUnderTest =>
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("CONDUCT_TEST_PROVIDER"), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public static TestDatabase Create(string dataFolder)
    {
        switch (ProviderUnderTest)
        {
            case DatabaseProvider.Sqlite:
                return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "conduct.db")}", null);
            case DatabaseProvider.PostgreSql:
                var server = Environment.GetEnvironmentVariable("CONDUCT_TEST_POSTGRES")
                    ?? throw new InvalidOperationException("CONDUCT_TEST_PROVIDER=PostgreSql needs CONDUCT_TEST_POSTGRES: run the tests with scripts/test.sh, which starts a server.");
                var name = $"conduct_test_{Guid.NewGuid():N}";
                var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
                return new TestDatabase(DatabaseProvider.PostgreSql, builder.ConnectionString, name);
            default:
                throw new InvalidOperationException($"Tests cannot run against {ProviderUnderTest} here.");
        }
    }

    public void Drop()
    {
        if (PostgresName is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CONDUCT_TEST_POSTGRES")) { Database = "postgres" };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
