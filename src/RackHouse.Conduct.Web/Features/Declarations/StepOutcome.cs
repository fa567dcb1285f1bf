namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>What came of asking for a step: done, no such record for this adult, not allowed from its status, or
/// someone else changed it first.</summary>
public enum StepOutcome
{
    Done,
    NotFound,
    NotAllowed,
    ChangedElsewhere,
}
