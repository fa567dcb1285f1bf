namespace RackHouse.Conduct.Web.Features.Policies;

public sealed record HistoryEntry(long Id, string PolicyTitle, int VersionNumber, int AcademicYearStart, DateTime AcknowledgedAtUtc, string TextSha256);
