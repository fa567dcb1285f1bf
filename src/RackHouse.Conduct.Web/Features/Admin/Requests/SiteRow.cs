using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

/// <param name="Owner">The adult who proposed the site.</param>
public sealed record SiteRow(int Id, string Owner, string Platform, string Address, SiteRequestStatus Status, DateTime SubmittedAtUtc, DateTime LastChangedAtUtc, DateTime? ApprovedAtUtc, DateOnly? ReviewOn);
