using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RackHouse.Conduct.Web.Features.Admin.People;

public sealed class MarkAsLeftForm
{
    public string? LastDay { get; set; }

    /// <summary>Whose page this is, for the heading.</summary>
    [BindNever]
    public string Name { get; set; } = string.Empty;
}
