using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

public sealed record RegisterRow(
    int AdultId,
    string FullName,
    string Email,
    AdultCategory Category,
    string? JobTitle,
    AcknowledgementStatus Status,
    DateOnly? Deadline,
    int? AcknowledgedVersion,
    DateTime? AcknowledgedAtUtc);
