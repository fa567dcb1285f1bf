using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.Web.Infrastructure.Database;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty with SQLite means a file under the data folder.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Apply migrations when the portal starts. Defaults to on for SQLite only: SQL Server and PostgreSQL
    /// are migrated by an operator with the idempotent script, a bundle or the <c>migrate</c> command.</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
