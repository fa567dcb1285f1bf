using Microsoft.EntityFrameworkCore;

namespace RackHouse.Conduct.Data.Figures;

/// <summary>A single row whose <see cref="Version"/> changes in the same transaction as any change to the records the
/// governors' figures are computed from. Every instance sharing the database reads it first and reuses figures it
/// computed under the same version, so a cache is never stale, however many instances there are.</summary>
public sealed class FiguresStamp
{
    public const int SingletonId = 1;

    private FiguresStamp()
    {
    }

    public int Id { get; private set; } = SingletonId;

    public Guid Version { get; private set; }

    /// <summary>Adds a new version to the pending save when it changes a school record. Emails waiting to be sent,
    /// reminder bookkeeping, the audit trail (written on every view of a case) and unsent concern drafts change no
    /// figure, and nor do sign-in accounts (which live outside the domain).</summary>
    internal static void RenewIfFiguresChange(ConductDbContext db)
    {
        var changesFigures = db.ChangeTracker.Entries().Any(entry =>
            entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && CountsTowardsFigures(entry.Metadata.ClrType));
        if (!changesFigures)
        {
            return;
        }

        var stamp = db.ChangeTracker.Entries<FiguresStamp>().SingleOrDefault()?.Entity;
        if (stamp is null)
        {
            stamp = new FiguresStamp();
            db.Attach(stamp);
        }

        stamp.Version = Guid.NewGuid();
        db.Entry(stamp).Property(s => s.Version).IsModified = true;
    }

    internal static FiguresStamp Initial() => new() { Version = Guid.Empty };

    private static bool CountsTowardsFigures(Type type) =>
        type.Namespace?.StartsWith("RackHouse.Conduct.Domain", StringComparison.Ordinal) == true
        && type != typeof(Domain.Common.OutboxMessage)
        && type != typeof(Domain.Policies.AcknowledgementReminder)
        && type != typeof(Domain.Audit.AuditEntry)
        && type != typeof(Domain.Concerns.ConcernDraft);
}
