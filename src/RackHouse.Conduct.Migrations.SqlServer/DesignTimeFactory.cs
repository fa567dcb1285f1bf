using Microsoft.EntityFrameworkCore.Design;
using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.Migrations.SqlServer;

/// <summary>Lets dotnet-ef build the model for SqlServer; it never connects, so the connection string is a placeholder.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ConductDbContext>
{
    public ConductDbContext CreateDbContext(string[] args) =>
        new(ConductDatabase.DesignTimeOptions(DatabaseProvider.SqlServer, "Server=localhost;Database=RackHouseConduct;Trusted_Connection=True;TrustServerCertificate=True"));
}
