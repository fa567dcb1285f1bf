namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>A row that will not be imported, and why. <paramref name="Key"/> is the row's email address or admission
/// number when it has one, so the person it names is not offered as a leaver.</summary>
public sealed record ImportProblem(int Line, string Reason, string? Key = null);
