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
    IReadOnlyList<YearRate> PastYears)
{
    public IReadOnlyList<AdultCategory> Categories { get; } = Enum.GetValues<AdultCategory>();

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
