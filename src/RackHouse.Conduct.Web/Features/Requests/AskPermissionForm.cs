namespace RackHouse.Conduct.Web.Features.Requests;

public sealed class AskPermissionForm
{
    public string? What { get; set; }

    public string? WithWhom { get; set; }

    public string? Why { get; set; }

    public string? HowLong { get; set; }
}
