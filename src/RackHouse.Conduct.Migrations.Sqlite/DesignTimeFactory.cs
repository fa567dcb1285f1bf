using Microsoft.EntityFrameworkCore.Design;
using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the model for Sqlite; it never connects, so the connection string is a placeholder.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ConductDbContext>
{
    public ConductDbContext CreateDbContext(string[] args) =>
        new(ConductDatabase.DesignTimeOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
