using Microsoft.EntityFrameworkCore;

namespace RackHouse.Conduct.Data;

/// <summary>The one place that chooses a database provider, at run time and at design time alike.</summary>
public static class ConductDatabase
{
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "RackHouse.Conduct.Migrations.Sqlite",
        DatabaseProvider.SqlServer => "RackHouse.Conduct.Migrations.SqlServer",
        DatabaseProvider.PostgreSql => "RackHouse.Conduct.Migrations.PostgreSql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public static DbContextOptionsBuilder UseConductDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var migrations = MigrationsAssembly(provider);
        // Both server databases retry transient faults, so an explicit transaction must run through the execution
        // strategy; the PostgreSQL test run proves that for SQL Server too.
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations).EnableRetryOnFailure()),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations).EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    public static DbContextOptions<ConductDbContext> DesignTimeOptions(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<ConductDbContext>)new DbContextOptionsBuilder<ConductDbContext>()
            .UseConductDatabase(provider, connectionString)
            .Options;
}
