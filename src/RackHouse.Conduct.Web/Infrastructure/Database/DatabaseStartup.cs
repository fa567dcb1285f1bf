using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Web.Infrastructure.Database;

/// <summary>Brings the database up to date and makes sure the school has its settings row.</summary>
public sealed class DatabaseStartup(ConductDbContext db, DatabaseOptions options, ILogger<DatabaseStartup> logger)
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

        if (!await db.SchoolSettings.AnyAsync(cancellationToken))
        {
            db.SchoolSettings.Add(new SchoolSettings());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
