using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed record QueueRow(string Reference, ConcernCategory Category, bool IsUrgent, ConcernStatus Status, DateTime SubmittedAtUtc, string? SubjectName, bool TriageOverdue, bool LadoContactOverdue);
