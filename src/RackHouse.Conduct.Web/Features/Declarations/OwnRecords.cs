namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>Everything one adult has declared or asked, with each status: their family links page, and their section
/// of the personal-data download.</summary>
public sealed record OwnRecords(
    IReadOnlyList<OwnDeclaration> Declarations,
    IReadOnlyList<OwnSiteRequest> SiteRequests,
    IReadOnlyList<OwnPermissionRequest> PermissionRequests);
