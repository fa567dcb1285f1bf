namespace RackHouse.Conduct.Web.Features.Admin.People;

public sealed record PupilRow(int Id, string FullName, string YearGroup, string? MisId, DateOnly JoinedOn, DateOnly? LeftOn);
