using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <param name="Confirmed">The statements ticked when the form comes back with an error.</param>
public sealed record ReadPolicyViewModel(
    PolicyStanding Standing,
    int VersionNumber,
    DateTime PublishedAtUtc,
    RenderedPolicy Text,
    IReadOnlyList<AcknowledgementStatement> Statements,
    AcademicYear Year)
{
    public IReadOnlyCollection<string> Confirmed { get; init; } = [];

    /// <summary>The adult's open family link declarations, which acknowledging the Social Media Policy asks them to
    /// confirm are still current.</summary>
    public IReadOnlyList<OwnDeclaration> OpenDeclarations { get; init; } = [];
}
