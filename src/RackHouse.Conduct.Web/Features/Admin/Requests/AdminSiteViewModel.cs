using RackHouse.Conduct.Web.Features.Requests;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

public sealed record AdminSiteViewModel(SiteRequestViewModel Site)
{
    public ApproveSiteForm Approve { get; init; } = new();

    public DecisionReasonForm Decline { get; init; } = new();

    public DecisionReasonForm Close { get; init; } = new();
}
