using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>Everything on the governors' dashboard: figures only, never a name or anything typed about a case.</summary>
public sealed record DashboardViewModel(
    ReportingPeriod Period,
    IReadOnlyList<AcademicYear> Years,
    DateOnly AsAt,
    AcknowledgementFigures Acknowledgement,
    IReadOnlyList<YearRate> PastYears,
    IReadOnlyList<PolicyInForce> PoliciesInForce)
{
    /// <summary>The termly report's paragraph on acknowledgement, from these figures alone.</summary>
    public IReadOnlyList<string> AcknowledgementNarrative => ComplianceNarrative.Acknowledgement(
        Acknowledgement, UkTime.Date(AsAt), PastYears.FirstOrDefault(p => p.Year.StartYear == Period.Year.StartYear - 1)?.Rate);

    public string Query => $"year={Period.Year.StartYear}" + (Period.Term is { } term ? $"&term={term}" : string.Empty);

    public static string[] ByCategoryHeader { get; } = ["Category", "Adults", "Acknowledged", "Overdue", "New starters", "Rate"];

    public static string[] ByYearHeader { get; } = ["Academic year", "Acknowledged"];

    /// <summary>The by-category table's rows, the total shown last, as the page and the CSV show them.</summary>
    public IEnumerable<string[]> ByCategoryRows() =>
        Categories.Select((_, i) => new[]
        {
            Acknowledgement.Expected.Rows[i].Label,
            Acknowledgement.Expected.Rows[i].Figure.ToString(),
            Acknowledgement.Acknowledged.Rows[i].Figure.ToString(),
            Acknowledgement.Overdue.Rows[i].Figure.ToString(),
            Acknowledgement.NewStartersPending.Rows[i].Figure.ToString(),
            Acknowledgement.RateByCategory[i].ToString(),
        }).Append(
        [
            "Total shown",
            Acknowledgement.Expected.Total.ToString(),
            Acknowledgement.Acknowledged.Total.ToString(),
            Acknowledgement.Overdue.Total.ToString(),
            Acknowledgement.NewStartersPending.Total.ToString(),
            Acknowledgement.Overall.ToString(),
        ]);

    public IReadOnlyList<AdultCategory> Categories { get; } = Enum.GetValues<AdultCategory>();

    /// <summary>Who is overdue, by name: null unless the viewer may see it (the Headteacher, or governors when the
    /// school's settings say so).</summary>
    public IReadOnlyList<OverdueAdult>? OverdueAdults { get; init; }

    public IEnumerable<string[]> ByYearRows() => YearOnYearChart.Bars.Select(bar => new[] { bar.Label, bar.Text });

    public BarChart RateByCategoryChart => new(
        "acknowledged-by-category",
        "Acknowledged by category",
        $"Percentage of each category's adults who have acknowledged the Social Media Policy for {Period.Year}, as at {UkTime.Date(AsAt)}. "
            + "Categories with fewer than 5 adults, or fewer than 5 still to acknowledge, have no bar.",
        Categories.Select((category, index) => new ChartBar(category.Describe(), Acknowledgement.RateByCategory[index].Percent, Acknowledgement.RateByCategory[index].ToString())).ToList(),
        100);

    public BarChart YearOnYearChart => new(
        "acknowledged-by-year",
        "Acknowledged by year",
        "Percentage of adults who had acknowledged the Social Media Policy by the end of each academic year, and so far this year.",
        [.. PastYears.Select(p => new ChartBar(p.Year.ToString(), p.Rate.Percent, p.Rate.ToString())), new ChartBar($"{Period.Year} (so far)", Acknowledgement.Overall.Percent, Acknowledgement.Overall.ToString())],
        100);
}
