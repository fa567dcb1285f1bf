namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class MatchPupilForm
{
    /// <summary>The name to look for on the roster; the declaration's typed name to begin with.</summary>
    public string? Name { get; set; }

    public int? PupilId { get; set; }
}
