using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Web.Features.Declarations;

public sealed record OwnSiteRequest(int Id, string Platform, string Address, SiteRequestStatus Status, DateTime SubmittedAtUtc, DateTime LastChangedAtUtc);
