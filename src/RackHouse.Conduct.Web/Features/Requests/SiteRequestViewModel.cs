using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.Web.Features.Requests;

/// <param name="Owner">The adult who proposed it, who owns the site once approved.</param>
/// <param name="Decision">The reasons given with the latest decision.</param>
public sealed record SiteRequestViewModel(
    int Id,
    string Owner,
    string Platform,
    string Address,
    string Purpose,
    string Audience,
    string Moderators,
    SiteRequestStatus Status,
    DateTime SubmittedAtUtc,
    DateTime? ApprovedAtUtc,
    DateOnly? ReviewOn,
    string? Decision,
    IReadOnlyList<KeptStep> History,
    IReadOnlyList<SiteRequestAction> Actions);
