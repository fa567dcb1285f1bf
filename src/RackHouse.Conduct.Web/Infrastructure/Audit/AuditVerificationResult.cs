namespace RackHouse.Conduct.Web.Infrastructure.Audit;

/// <summary>How many entries were checked before the first broken one (or in all), and which entry broke the chain.</summary>
public sealed record AuditVerificationResult(long CheckedEntries, long? BrokenSequence, long? BrokenId, string? Problem)
{
    public bool IsIntact => BrokenSequence is null;
}
