namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>new → triaged → investigating → outcome recorded → closed.</summary>
public enum ConcernStatus
{
    New,
    Triaged,
    Investigating,
    OutcomeRecorded,
    Closed,
}
