using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

/// <param name="YearGroup">Null when the declaration names a pupil not (yet) linked to the roster.</param>
/// <param name="PupilLeftOn">The pupil's last day, once they have left.</param>
public sealed record DeclarationRegisterRow(
    int Id,
    int AdultId,
    string AdultName,
    string PupilName,
    bool OnRoster,
    string? YearGroup,
    DateOnly? PupilLeftOn,
    FamilyRelationship Relationship,
    bool InSocialMediaContact,
    DeclarationStatus Status,
    DateTime SubmittedAtUtc,
    DateTime LastChangedAtUtc)
{
    /// <summary>An open link of a pupil who has left: the Headteacher should end it or say why it stands.</summary>
    public bool NeedsReview => PupilLeftOn is not null && FamilyLinkDeclaration.Rules.IsOpen(Status);

    public bool AwaitsDecision => Status is DeclarationStatus.Submitted or DeclarationStatus.Discussed;
}
