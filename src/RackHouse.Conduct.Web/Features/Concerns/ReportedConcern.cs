using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>A concern as its reporter may see it: what and when, and how far it has got. Never the case file.</summary>
public sealed record ReportedConcern(string Reference, ConcernCategory Category, DateTime SubmittedAtUtc, ReporterStatus Status, DateTime? ClosedAtUtc);
