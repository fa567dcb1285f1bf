namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public sealed record PolicySummary(int Id, string Title, int? CurrentVersion, DateTime? PublishedAtUtc, int? DraftVersion);
