using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.Web.Features.Requests;

/// <param name="Decision">The conditions of a permission granted, or the reason it was refused.</param>
public sealed record PermissionViewModel(
    int Id,
    string AskedBy,
    string What,
    string WithWhom,
    string Why,
    string HowLong,
    PermissionStatus Status,
    DateTime SubmittedAtUtc,
    string? Decision,
    IReadOnlyList<KeptStep> History,
    IReadOnlyList<PermissionAction> Actions);
