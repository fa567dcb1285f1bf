using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Features.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

/// <param name="Comparison">Word by word against the previous published version; null for the first.</param>
public sealed record VersionViewModel(Policy Policy, PolicyVersion Version, string PublishedBy, RenderedPolicy Text, IReadOnlyList<ComparisonPiece>? Comparison);
