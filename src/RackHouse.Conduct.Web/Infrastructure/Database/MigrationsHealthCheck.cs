using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.Web.Infrastructure.Database;

/// <summary>Ready only when every migration this build knows about has been applied.</summary>
public sealed class MigrationsHealthCheck(ConductDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("All migrations are applied.")
            : HealthCheckResult.Unhealthy($"{pending} migrations have not been applied.");
    }
}
