using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Audit;

namespace RackHouse.Conduct.Web.Infrastructure.Audit;

/// <summary>Walks the audit chain from the first entry and names the first that breaks it: an entry whose content no
/// longer matches its hash, that does not carry the hash of the entry before, or a gap where an entry was removed.</summary>
public sealed class AuditVerification(ConductDbContext db)
{
    public async Task<AuditVerificationResult> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long count = 0;
        AuditEntry? previous = null;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var expectedSequence = (previous?.Sequence ?? 0) + 1;
            var problem = entry.Sequence != expectedSequence ? $"entry {expectedSequence} is missing (the next entry is {entry.Sequence})"
                : entry.PreviousHash != (previous?.Hash ?? AuditEntry.GenesisHash) ? "it does not carry the hash of the entry before it"
                : entry.Hash != entry.ComputeHash() ? "its content does not match its hash: it was altered"
                : null;
            if (problem is not null)
            {
                return new AuditVerificationResult(count, entry.Sequence, entry.Id, problem);
            }

            count++;
            previous = entry;
        }

        return new AuditVerificationResult(count, null, null, null);
    }
}
