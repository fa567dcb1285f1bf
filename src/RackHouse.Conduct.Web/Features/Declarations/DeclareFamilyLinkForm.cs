using Microsoft.AspNetCore.Mvc.ModelBinding;
using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>A family link declaration as typed. The pupil is found by name: <see cref="PupilChoice"/> is a roster
/// pupil's id, <see cref="NotListed"/> for the name as typed, or empty until the adult has chosen.</summary>
public sealed class DeclareFamilyLinkForm
{
    public const string NotListed = "not-listed";
    public const string FindCommand = "find";

    public string? PupilName { get; set; }

    public string? PupilChoice { get; set; }

    public FamilyRelationship? Relationship { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? SocialMediaContact { get; set; }

    public string? Platforms { get; set; }

    public string? Details { get; set; }

    /// <summary>"find" from the Find button; anything else declares.</summary>
    public string? Command { get; set; }

    /// <summary>The current pupils matching <see cref="PupilName"/>, once the adult has searched; null before.</summary>
    [BindNever]
    public IReadOnlyList<PupilMatch>? Matches { get; set; }

    public bool IsFind => Command == FindCommand;

    public int? ChosenPupilId => int.TryParse(PupilChoice, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
