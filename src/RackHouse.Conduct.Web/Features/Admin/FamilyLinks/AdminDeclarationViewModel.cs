using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

/// <param name="Actions">What the signed-in Headteacher may do now; empty for the safeguarding lead, who reads only,
/// and for a Headteacher's own declaration.</param>
/// <param name="Matches">Pupils on the roll matching <see cref="MatchPupilForm.Name"/>, once searched.</param>
public sealed record AdminDeclarationViewModel(
    DeclarationRegisterRow Declaration,
    string? Platforms,
    string? Details,
    string? TypedName,
    string? Protocols,
    IReadOnlyList<KeptStep> History,
    IReadOnlyList<DeclarationAction> Actions,
    bool IsOwnDeclaration)
{
    public RecordDiscussionForm Discussion { get; init; } = new();

    public AcknowledgeLinkForm Acknowledgement { get; init; } = new();

    public DeclineLinkForm Decline { get; init; } = new();

    public EndLinkForm End { get; init; } = new();

    public MatchPupilForm Match { get; init; } = new();

    public IReadOnlyList<PupilMatch>? Matches { get; init; }
}
