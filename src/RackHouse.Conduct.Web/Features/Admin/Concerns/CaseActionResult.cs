namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

/// <summary>What came of an action on a case: done, no such case for this person, or refused by the case's rules.</summary>
public sealed record CaseActionResult(bool Found, string? Refusal)
{
    public static CaseActionResult Done { get; } = new(true, null);

    public static CaseActionResult NotFound { get; } = new(false, null);
}
