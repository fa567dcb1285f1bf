namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed record AuditTrailViewModel(string Reference, IReadOnlyList<AuditTrailRow> Entries);
