namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public sealed class DraftPolicyForm
{
    public string? Body { get; set; }

    public string? ChangeSummary { get; set; }
}
