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
    public required FamilyLinkFigures FamilyLinks { get; init; }

    public required ConcernFigures Concerns { get; init; }

    /// <summary>Who is overdue, by name: null unless the viewer may see it (the Headteacher, or governors when the
    /// school's settings say so).</summary>
    public IReadOnlyList<OverdueAdult>? OverdueAdults { get; init; }

    public string Query => $"year={Period.Year.StartYear}" + (Period.Term is { } term ? $"&term={term}" : string.Empty);

    public IReadOnlyList<AdultCategory> Categories { get; } = Enum.GetValues<AdultCategory>();

    /// <summary>Every table on the page, each downloadable as CSV.</summary>
    public IEnumerable<DashboardTable> Tables =>
        [AcknowledgementByCategory, AcknowledgementByYear, FamilyLinksByStatus, ConcernsByCategory, ConcernsByMonth, ConcernsByStatus, TriageDecisions, ConcernOutcomes, Referrals];

    public DashboardTable AcknowledgementByCategory => new(
        "acknowledgement-by-category",
        "By category",
        "acknowledgements by category",
        ["Category", "Adults", "Acknowledged", "Not yet due", "New starters", "Overdue", "Rate"],
        [
            .. Categories.Select((_, i) => new[]
            {
                Acknowledgement.Expected.Rows[i].Label,
                Acknowledgement.Expected.Rows[i].Figure.ToString(),
                Acknowledgement.Acknowledged.Rows[i].Figure.ToString(),
                Acknowledgement.NotYetDue.Rows[i].Figure.ToString(),
                Acknowledgement.NewStartersPending.Rows[i].Figure.ToString(),
                Acknowledgement.Overdue.Rows[i].Figure.ToString(),
                Acknowledgement.RateByCategory[i].ToString(),
            }),
            [
                DashboardTable.TotalShown,
                Acknowledgement.Expected.Total.ToString(),
                Acknowledgement.Acknowledged.Total.ToString(),
                Acknowledgement.NotYetDue.Total.ToString(),
                Acknowledgement.NewStartersPending.Total.ToString(),
                Acknowledgement.Overdue.Total.ToString(),
                Acknowledgement.Overall.ToString(),
            ],
        ],
        EndsWithTotal: true);

    public DashboardTable AcknowledgementByYear => new(
        "acknowledgement-by-year", "Year on year", "acknowledgements year on year", ["Academic year", "Acknowledged"], [.. YearOnYearChart.Bars.Select(bar => new[] { bar.Label, bar.Text })], EndsWithTotal: false);

    public DashboardTable FamilyLinksByStatus =>
        DashboardTable.Of("family-links-by-status", "Declarations by status", "family link declarations by status", "Status", "Declarations", FamilyLinks.ByStatus);

    public DashboardTable ConcernsByCategory => DashboardTable.Of("concerns-by-category", "Concerns by category", "concerns by category", "Category", "Concerns", Concerns.ByCategory);

    public DashboardTable ConcernsByMonth => DashboardTable.Of("concerns-by-month", "Concerns by month reported", "concerns by month", "Month", "Concerns", Concerns.ByMonth);

    public DashboardTable ConcernsByStatus =>
        DashboardTable.Of("concerns-by-status", $"Concerns by status on {UkTime.Date(Concerns.AsAt)}", "concerns by status", "Status", "Concerns", Concerns.ByStatus);

    public DashboardTable TriageDecisions =>
        DashboardTable.Of("triage-decisions", $"Triage decisions by {UkTime.Date(Concerns.AsAt)}", "triage decisions", "Decision", "Concerns", Concerns.TriageDecisions);

    public DashboardTable ConcernOutcomes =>
        DashboardTable.Of("concern-outcomes", $"Outcomes recorded by {UkTime.Date(Concerns.AsAt)}", "outcomes recorded", "Outcome", "Concerns", Concerns.Outcomes);

    public DashboardTable Referrals =>
        DashboardTable.Of("referrals-by-type", $"Referrals made by {UkTime.Date(Concerns.AsAt)}", "referrals by agency", "Referred to", "Referrals", Concerns.Referrals);

    /// <summary>The termly report's paragraph on acknowledgement, from these figures alone.</summary>
    public IReadOnlyList<string> AcknowledgementNarrative => ComplianceNarrative.Acknowledgement(
        Acknowledgement, UkTime.Date(AsAt), PastYears.FirstOrDefault(p => p.Year.StartYear == Period.Year.StartYear - 1)?.Rate);

    /// <summary>The termly report's paragraph on family links, from these figures alone.</summary>
    public IReadOnlyList<string> FamilyLinksNarrative => ComplianceNarrative.FamilyLinks(FamilyLinks, UkTime.Date(AsAt));

    /// <summary>The termly report's paragraph on concerns, from these figures alone.</summary>
    public IReadOnlyList<string> ConcernsNarrative => ComplianceNarrative.Concerns(Concerns, Period, UkTime.Date(Concerns.AsAt));

    public string TypicalTimeToTriage => Concerns.MedianWorkingDaysToTriage is { } days ? ComplianceNarrative.Days(days, "working day") : "not given";

    public string TypicalTimeToClose => Concerns.MedianDaysToClose is { } days ? ComplianceNarrative.Days(days, "day") : "not given";

    /// <summary>False for a term still to come this year: it has no concern figures yet.</summary>
    public bool HasBegun => Concerns.AsAt >= Period.FirstDay;

    public BarChart RateByCategoryChart => new(
        "acknowledged-by-category",
        "Acknowledged by category",
        $"Percentage of each category's adults who have acknowledged the Social Media Policy for {Period.Year}, as at {UkTime.Date(AsAt)}. "
            + "Categories with fewer than 5 adults, or fewer than 5 still to acknowledge, or whose rate is not shown, have no bar.",
        Categories.Select((category, index) => new ChartBar(category.Describe(), Acknowledgement.RateByCategory[index].Percent, Acknowledgement.RateByCategory[index].ToString())).ToList(),
        100);

    public BarChart YearOnYearChart => new(
        "acknowledged-by-year",
        "Acknowledged by year",
        "Percentage of adults who had acknowledged the Social Media Policy by the end of each academic year, and so far this year.",
        [.. PastYears.Select(p => new ChartBar(p.Year.ToString(), p.Rate.Percent, p.Rate.ToString())), new ChartBar($"{Period.Year} (so far)", Acknowledgement.Overall.Percent, Acknowledgement.Overall.ToString())],
        100);

    public BarChart FamilyLinksChart => BarChart.Of(
        "family-links-by-status-chart",
        "Family link declarations by status",
        $"How many family link declarations made by {UkTime.Date(AsAt)} stood at each status that day. Statuses with fewer than 5 declarations have no bar.",
        FamilyLinks.ByStatus);

    public BarChart ConcernsByCategoryChart => BarChart.Of(
        "concerns-by-category-chart",
        "Concerns by category",
        $"How many concerns of each category were reported in {Period.InSentence} by {UkTime.Date(Concerns.AsAt)}. Categories with fewer than 5, or whose number is not shown, have no bar.",
        Concerns.ByCategory);

    public BarChart ConcernsByMonthChart => BarChart.Of(
        "concerns-by-month-chart",
        "Concerns by month reported",
        $"How many concerns were reported in each month of {Period.InSentence} by {UkTime.Date(Concerns.AsAt)}. Months with fewer than 5, or whose number is not shown, have no bar.",
        Concerns.ByMonth);
}
