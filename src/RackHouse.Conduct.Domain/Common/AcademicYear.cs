namespace RackHouse.Conduct.Domain.Common;

/// <summary>An academic year, named by the calendar year it starts in: 2026 is 1 September 2026 to 31 August 2027.</summary>
public readonly record struct AcademicYear(int StartYear, DayOfYear Start)
{
    public DateOnly FirstDay => Start.InYear(StartYear);

    public DateOnly LastDay => Start.InYear(StartYear + 1).AddDays(-1);

    public static AcademicYear Containing(DateOnly date, DayOfYear start) =>
        new(date >= start.InYear(date.Year) ? date.Year : date.Year - 1, start);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public AcademicYear Next() => this with { StartYear = StartYear + 1 };

    public AcademicYear Previous() => this with { StartYear = StartYear - 1 };

    /// <summary>The usual school name for the year, e.g. "2026 to 2027".</summary>
    public override string ToString() => $"{StartYear} to {StartYear + 1}";
}
