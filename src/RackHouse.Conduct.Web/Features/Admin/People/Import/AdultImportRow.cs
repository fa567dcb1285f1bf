using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>A good row of an adults file. A null optional value means the file has no such column, so the adult on
/// record keeps theirs; a blank in a column that is there clears it.</summary>
public sealed record AdultImportRow(
    int Line,
    string FullName,
    string Email,
    AdultCategory Category,
    ColumnValue<string?> JobTitle,
    ColumnValue<bool> WorksDirectlyWithChildren,
    ColumnValue<string?> Employer,
    DateOnly? StartDate,
    ColumnValue<DateOnly?> EndDate);
