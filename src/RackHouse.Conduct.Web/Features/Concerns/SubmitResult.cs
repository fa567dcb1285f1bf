namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed record SubmitResult(SubmitOutcome Outcome, string? Reference = null);
