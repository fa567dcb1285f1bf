using Microsoft.EntityFrameworkCore.Design;
using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.Migrations.PostgreSql;

/// <summary>Lets dotnet-ef build the model for PostgreSql; it never connects, so the connection string is a placeholder.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ConductDbContext>
{
    public ConductDbContext CreateDbContext(string[] args) =>
        new(ConductDatabase.DesignTimeOptions(DatabaseProvider.PostgreSql, "Host=localhost;Database=rackhouse_conduct;Username=conduct"));
}
