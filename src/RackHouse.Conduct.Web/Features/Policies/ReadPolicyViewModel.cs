using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Policies;

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
}
