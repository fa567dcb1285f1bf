namespace RackHouse.Conduct.Web.Features.Requests;

public sealed class ProposeSiteForm
{
    public string? Platform { get; set; }

    public string? Address { get; set; }

    public string? Purpose { get; set; }

    public string? Audience { get; set; }

    public string? Moderators { get; set; }
}
