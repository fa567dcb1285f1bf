using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <param name="PupilName">The roster's name for the pupil, or the name as typed when not on the roster.</param>
/// <param name="YearGroup">Null when the pupil is not linked to the roster.</param>
public sealed record OwnDeclaration(
    int Id,
    string PupilName,
    string? YearGroup,
    FamilyRelationship Relationship,
    bool InSocialMediaContact,
    string? Platforms,
    string? Details,
    DeclarationStatus Status,
    DateTime SubmittedAtUtc,
    DateTime LastChangedAtUtc)
{
    /// <summary>Open but not yet acknowledged: social media contact with the pupil is a breach until it is.</summary>
    public bool AwaitsAcknowledgement => Status is DeclarationStatus.Submitted or DeclarationStatus.Discussed;
}
