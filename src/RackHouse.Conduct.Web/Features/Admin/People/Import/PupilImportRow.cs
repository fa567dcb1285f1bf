namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>A good row of a pupils file. A null date means the file gives none, so the pupil keeps theirs.</summary>
public sealed record PupilImportRow(int Line, string FullName, string YearGroup, string MisId, DateOnly? JoinedOn, ColumnValue<DateOnly?> LeftOn);
