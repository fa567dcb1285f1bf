using RackHouse.Conduct.Domain.Audit;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed record AuditTrailRow(long Sequence, DateTime AtUtc, string Actor, string? FromAddress, AuditAction Action, string Detail, string Hash);
