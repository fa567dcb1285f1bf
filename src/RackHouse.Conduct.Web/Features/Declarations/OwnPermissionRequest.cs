using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Web.Features.Declarations;

public sealed record OwnPermissionRequest(int Id, string What, string WithWhom, string HowLong, PermissionStatus Status, DateTime SubmittedAtUtc, DateTime LastChangedAtUtc);
