namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>Where a report goes: to a case manager in the portal, or, when the chair of governors is the subject,
/// straight to the LADO outside the school.</summary>
public enum ConcernRoute
{
    Headteacher,
    ChairOfGovernors,
    Lado,
}
