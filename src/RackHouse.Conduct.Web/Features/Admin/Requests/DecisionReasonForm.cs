namespace RackHouse.Conduct.Web.Features.Admin.Requests;

/// <summary>A decision that needs only a reason: declining or closing a site, refusing a permission.</summary>
public sealed class DecisionReasonForm
{
    public string? Reason { get; set; }
}
