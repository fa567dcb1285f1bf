namespace RackHouse.Conduct.Domain.Concerns;

public enum ChronologyEntryKind
{
    StatusChange,
    Decision,
    Note,
    Referral,
    Outcome,
    Closure,
    Addendum,
}
