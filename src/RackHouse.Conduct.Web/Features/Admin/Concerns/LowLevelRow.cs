using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed record LowLevelRow(string Reference, ConcernCategory Category, DateTime SubmittedAtUtc, ConcernStatus Status, DateOnly? HappenedOn);
