namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>A current pupil whose name matches what was typed.</summary>
public sealed record PupilMatch(int Id, string Name, string YearGroup);
