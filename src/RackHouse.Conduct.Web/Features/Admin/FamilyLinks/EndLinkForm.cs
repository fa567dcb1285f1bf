using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class EndLinkForm
{
    public EndReason? Reason { get; set; }

    public string? Note { get; set; }
}
