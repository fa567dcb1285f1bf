using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>What the reporter submitted, shown back to them, and its status.</summary>
public sealed record ConcernReceipt(string Reference, DateTime SubmittedAtUtc, ConcernReport Report, string? SubjectName, ReporterStatus Status, IReadOnlyList<EvidenceFile> Evidence);
