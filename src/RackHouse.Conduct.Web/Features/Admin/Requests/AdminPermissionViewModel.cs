using RackHouse.Conduct.Web.Features.Requests;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

public sealed record AdminPermissionViewModel(PermissionViewModel Permission)
{
    public GrantPermissionForm Grant { get; init; } = new();

    public DecisionReasonForm Refuse { get; init; } = new();
}
