using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed record DraftSummary(Guid Id, ConcernCategory? Category, DateTime UpdatedAtUtc);
