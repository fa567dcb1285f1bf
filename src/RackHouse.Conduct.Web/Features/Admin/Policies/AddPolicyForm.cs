namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public sealed class AddPolicyForm
{
    public string? Title { get; set; }

    public string? Body { get; set; }
}
