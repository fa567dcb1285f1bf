namespace RackHouse.Conduct.Web.Features.Admin.Requests;

public sealed class GrantPermissionForm
{
    /// <summary>Optional: empty grants the permission as asked.</summary>
    public string? Conditions { get; set; }
}
