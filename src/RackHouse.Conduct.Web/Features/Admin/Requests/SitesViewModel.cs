namespace RackHouse.Conduct.Web.Features.Admin.Requests;

/// <param name="Proposed">Waiting for a decision, oldest first.</param>
/// <param name="Approved">The register of the school's official sites.</param>
/// <param name="Past">Declined and closed, newest first.</param>
public sealed record SitesViewModel(IReadOnlyList<SiteRow> Proposed, IReadOnlyList<SiteRow> Approved, IReadOnlyList<SiteRow> Past, DateOnly Today);
