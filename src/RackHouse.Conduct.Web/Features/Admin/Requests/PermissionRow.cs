using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

public sealed record PermissionRow(int Id, string AskedBy, string What, string WithWhom, string HowLong, PermissionStatus Status, DateTime SubmittedAtUtc, DateTime LastChangedAtUtc);
