namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>Who manages the case: the Headteacher, or the chair of governors when the Headteacher is the subject.</summary>
public enum CaseManager
{
    Headteacher,
    ChairOfGovernors,
}
