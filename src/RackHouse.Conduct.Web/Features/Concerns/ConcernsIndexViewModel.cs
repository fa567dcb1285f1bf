namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed record ConcernsIndexViewModel(IReadOnlyList<ReportedConcern> Reported, IReadOnlyList<DraftSummary> Drafts);
