namespace RackHouse.Conduct.Domain.Pupils;

/// <summary>What the school keeps about a pupil, as a value: what a form or an imported row says.</summary>
public sealed record PupilDetails(string FullName, string YearGroup, string? MisId, DateOnly JoinedOn, DateOnly? LeftOn);
