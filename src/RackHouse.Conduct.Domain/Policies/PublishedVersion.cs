namespace RackHouse.Conduct.Domain.Policies;

/// <summary>What the acknowledgement rules need to know of a published version, with its publication date in
/// UK time.</summary>
public sealed record PublishedVersion(int Number, DateOnly PublishedOn, bool RequiresReacknowledgement, DateOnly? ReacknowledgeBy);
