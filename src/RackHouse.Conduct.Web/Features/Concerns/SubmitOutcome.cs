namespace RackHouse.Conduct.Web.Features.Concerns;

public enum SubmitOutcome
{
    Sent,
    Unfinished,
    GoToLado,
    NotFound,
}
