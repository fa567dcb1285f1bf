namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class AcknowledgeLinkForm
{
    public string? Protocols { get; set; }
}
