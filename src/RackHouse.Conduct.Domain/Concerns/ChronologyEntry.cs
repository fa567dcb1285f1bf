namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>One line of a case's append-only chronology. Never edited or deleted: a correction is an addendum that
/// names the entry it corrects.</summary>
public sealed class ChronologyEntry
{
    private ChronologyEntry()
    {
        Text = string.Empty;
    }

    internal ChronologyEntry(ChronologyEntryKind kind, int byAdultId, DateTime atUtc, string text)
    {
        Kind = kind;
        ByAdultId = byAdultId;
        AtUtc = atUtc;
        Text = text;
    }

    public long Id { get; private set; }

    public int ConcernId { get; private set; }

    public ChronologyEntryKind Kind { get; private set; }

    public int ByAdultId { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The rationale, note, advice, outcome reasons, closing summary or addendum, as written.</summary>
    public string Text { get; private set; }

    public ConcernStatus? Status { get; internal set; }

    public ThresholdDecision? Decision { get; internal set; }

    public ReferralType? ReferralType { get; internal set; }

    public DateOnly? ReferredOn { get; internal set; }

    public string? ReferralReference { get; internal set; }

    public ConcernOutcome? Outcome { get; internal set; }

    public string? LessonsLearned { get; internal set; }

    public long? AmendsEntryId { get; internal set; }
}
