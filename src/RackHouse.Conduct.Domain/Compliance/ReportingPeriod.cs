using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>What a dashboard or termly report covers: a whole academic year, or one term of it.</summary>
public readonly record struct ReportingPeriod(AcademicYear Year, SchoolTerm? Term)
{
    public DateOnly FirstDay => Term switch
    {
        null or SchoolTerm.Autumn => Year.FirstDay,
        SchoolTerm.Spring => new DateOnly(Year.StartYear + 1, 1, 1),
        SchoolTerm.Summer => new DateOnly(Year.StartYear + 1, 4, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(Term), Term, "Not a term."),
    };

    public DateOnly LastDay => Term switch
    {
        null or SchoolTerm.Summer => Year.LastDay,
        SchoolTerm.Autumn => new DateOnly(Year.StartYear, 12, 31),
        SchoolTerm.Spring => new DateOnly(Year.StartYear + 1, 3, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(Term), Term, "Not a term."),
    };

    /// <summary>The term a date falls in, within its academic year.</summary>
    public static ReportingPeriod TermContaining(DateOnly date, DayOfYear yearStart)
    {
        var year = AcademicYear.Containing(date, yearStart);
        var term = Enum.GetValues<SchoolTerm>().First(t => new ReportingPeriod(year, t).LastDay >= date);
        return new ReportingPeriod(year, term);
    }

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>The period as a sentence names it: "the autumn term of 2026 to 2027", "the academic year 2026 to 2027".</summary>
    public string InSentence => Term is { } term ? $"the {term.ToString().ToLowerInvariant()} term of {Year}" : $"the academic year {Year}";

    /// <summary>"Autumn term 2026 to 2027", or "2026 to 2027" for the whole year.</summary>
    public override string ToString() => Term is { } term ? $"{term} term {Year}" : Year.ToString();
}
