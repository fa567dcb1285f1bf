using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>Which report a step page belongs to, and its category for the guidance shown beside the form.</summary>
public sealed record ReportStep(Guid DraftId, ConcernCategory? Category);
