namespace RackHouse.Conduct.Domain.Staff;

/// <summary>Everything the office keeps about an adult, as a value: what a form or an imported row says, and what the
/// import compares with the adult on record.</summary>
public sealed record AdultDetails(
    string FullName,
    string Email,
    AdultCategory Category,
    string? JobTitle,
    bool WorksDirectlyWithChildren,
    string? Employer,
    DateOnly StartDate,
    DateOnly? EndDate);
