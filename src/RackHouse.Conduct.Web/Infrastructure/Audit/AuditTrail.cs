using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Audit;

namespace RackHouse.Conduct.Web.Infrastructure.Audit;

/// <summary>Writes audit entries in the same SaveChanges as the change or view they record. A unit of work that appends
/// runs through <see cref="SaveAsync"/>: when another writer took the next sequence number first (or another report took
/// the same concern number), the unit of work is staged again on top of the new last entry and saved again, so the
/// chain stays one chain under any concurrency, on SQLite and on the server databases alike.</summary>
public sealed class AuditTrail(ConductDbContext db, TimeProvider time, IHttpContextAccessor http, ILogger<AuditTrail> logger)
{
    private const int MaxAttempts = 25;

    private AuditEntry? staged;

    /// <summary>Stages the next audit entry; the caller's unit of work saves it.</summary>
    public async Task<AuditEntry> AppendAsync(AuditAction action, int? actorAdultId, string? concernReference, string detail)
    {
        var previous = staged ?? await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync();
        var from = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var entry = AuditEntry.After(previous, time.GetUtcNow().UtcDateTime, actorAdultId, from, action, concernReference, detail);
        db.AuditEntries.Add(entry);
        staged = entry;
        return entry;
    }

    /// <summary>Stages the unit of work with <paramref name="stage"/> and saves it with its audit entries, staging it
    /// afresh after a conflict. <paramref name="stage"/> must load what it changes itself, as the tracker is cleared
    /// before each attempt.</summary>
    public async Task<T> SaveAsync<T>(Func<Task<T>> stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await strategy.ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    staged = null;
                    var result = await stage();
                    await db.SaveChangesAsync();
                    return result;
                });
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts)
            {
                logger.LogInformation("Audited write conflicted with another (attempt {Attempt}): {Error}", attempt, exception.InnerException?.Message ?? exception.Message);
            }
        }
    }
}
