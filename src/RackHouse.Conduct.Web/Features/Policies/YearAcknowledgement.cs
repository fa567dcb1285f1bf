namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>One acknowledgement made this academic year, with the policy and version number it was for.</summary>
public sealed record YearAcknowledgement(long Id, int AdultId, int PolicyId, int VersionId, int VersionNumber, DateTime AcknowledgedAtUtc);
