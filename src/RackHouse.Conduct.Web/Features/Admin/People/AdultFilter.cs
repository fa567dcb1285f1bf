using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>The adults list's search, filters and page, from the query string.</summary>
public sealed class AdultFilter
{
    /// <summary>Part of a name or email address, any case.</summary>
    public string? Search { get; set; }

    public AdultCategory? Category { get; set; }

    public PeopleStatus Status { get; set; }

    public int Page { get; set; } = 1;
}
