namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>The pupils list's search, filters and page, from the query string.</summary>
public sealed class PupilFilter
{
    /// <summary>Part of a name or admission number, any case.</summary>
    public string? Search { get; set; }

    public string? YearGroup { get; set; }

    public PeopleStatus Status { get; set; }

    public int Page { get; set; } = 1;
}
