namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class DeclineLinkForm
{
    public string? Reason { get; set; }
}
