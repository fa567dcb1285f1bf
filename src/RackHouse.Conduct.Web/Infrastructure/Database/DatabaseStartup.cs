using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Seeding;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Infrastructure.Database;

/// <summary>Brings the database up to date, then makes sure the school has its settings row and the Social Media
/// Policy as version 1, in every environment.</summary>
public sealed class DatabaseStartup(ConductDbContext db, DatabaseOptions options, TimeProvider time, ILogger<DatabaseStartup> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations to the {Provider} database", pending.Count, options.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers carry on while a request writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await SeedAsync(cancellationToken);
    }

    /// <summary>Seeds what every school starts with, unless an operator has yet to apply the migrations (then the
    /// readiness check reports it).</summary>
    public async Task SeedIfMigratedAsync(CancellationToken cancellationToken = default)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            logger.LogWarning("The {Provider} database has migrations to apply: run the migrate command or the idempotent script", options.Provider);
            return;
        }

        await SeedAsync(cancellationToken);
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var settings = await db.SchoolSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new SchoolSettings();
            db.SchoolSettings.Add(settings);
        }

        if (!await db.Policies.AnyAsync(p => p.Kind == PolicyKind.SocialMedia, cancellationToken))
        {
            var acknowledgeBy = WorkingDays.Add(UkTime.Today(time), settings.NewStarterWorkingDays);
            db.Policies.Add(SocialMediaPolicySeed.Create(time.GetUtcNow().UtcDateTime, acknowledgeBy));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment may have seeded first; its rows are the same.
            db.ChangeTracker.Clear();
            if (!await db.SchoolSettings.AnyAsync(cancellationToken) || !await db.Policies.AnyAsync(cancellationToken))
            {
                throw;
            }
        }
    }
}
