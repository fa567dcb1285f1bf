using System.Globalization;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>How concerns were handled in a period, as governors see them: "are concerns handled promptly?" without
/// anything about any one case. The breakdowns of the concerns reported in the period withhold rows until none
/// follows from the headline count (<see cref="FigureTable.Breakdown"/>), or the headline is withheld.</summary>
public sealed class ConcernFigures
{
    private ConcernFigures() { }

    /// <summary>Concerns reported in the period, by the "as at" day.</summary>
    public Figure Reported { get; private init; }

    public FigureTable ByCategory { get; private init; } = null!;

    /// <summary>Each month of the period that had begun by the "as at" day.</summary>
    public FigureTable ByMonth { get; private init; } = null!;

    /// <summary>The concerns reported in the period, by the status they had on the "as at" day.</summary>
    public FigureTable ByStatus { get; private init; } = null!;

    /// <summary>Concerns reported in the period that the case manager's latest decision on the "as at" day made
    /// low-level concerns. Two figures rather than a breakdown by decision, which would give away the concerns not
    /// yet triaged, the "New" row of <see cref="ByStatus"/>, when that row is hidden.</summary>
    public Figure LowLevelConcerns { get; private init; }

    /// <summary>Concerns reported in the period that the latest decision found to meet the harm threshold.</summary>
    public Figure Allegations { get; private init; }

    /// <summary>Outcomes recorded in the period, whenever the concern was reported.</summary>
    public FigureTable Outcomes { get; private init; } = null!;

    /// <summary>Referrals made in the period, by whom they were made to.</summary>
    public FigureTable Referrals { get; private init; } = null!;

    /// <summary>Working days from report to the first threshold decision, for concerns triaged in the period; null
    /// when fewer than 5 were.</summary>
    public double? MedianWorkingDaysToTriage { get; private init; }

    /// <summary>Calendar days from report to closure, for concerns closed in the period; null when fewer than 5 were.</summary>
    public double? MedianDaysToClose { get; private init; }

    /// <summary>Concerns past their time to triage or to contact the LADO on the "as at" day, whenever reported.</summary>
    public Figure Overdue { get; private init; }

    public static ConcernFigures From(IEnumerable<ConcernTimeline> concerns, ReportingPeriod period, DateOnly asAt, SchoolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        ArgumentNullException.ThrowIfNull(settings);
        var known = concerns.Where(c => c.ReportedOn <= asAt).ToList();
        var reported = known.Where(c => period.Contains(c.ReportedOn)).ToList();
        var steps = known.SelectMany(c => c.Steps.Where(step => step.On <= asAt)).ToList();
        var byCategory = FigureTable.Breakdown(
            "Concerns by category",
            ConcernCategories.All.Select(category => (ConcernCategories.Describe(category), reported.Count(c => c.Category == category))));
        var byMonth = FigureTable.Breakdown(
            "Concerns by month reported",
            MonthsOf(period, asAt).Select(month => (month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), reported.Count(c => c.ReportedOn.Year == month.Year && c.ReportedOn.Month == month.Month))));
        var byStatus = FigureTable.Breakdown(
            "Concerns by status",
            Enum.GetValues<ConcernStatus>().Select(status => (ConcernNames.Describe(status), reported.Count(c => c.StatusOn(asAt) == status))));
        return new ConcernFigures
        {
            Reported = new Figure(reported.Count) { IsWithheld = byCategory.GivesAwayRowsWithTotal || byMonth.GivesAwayRowsWithTotal || byStatus.GivesAwayRowsWithTotal },
            ByCategory = byCategory,
            ByMonth = byMonth,
            ByStatus = byStatus,
            LowLevelConcerns = new Figure(reported.Count(c => c.DecisionOn(asAt) == ThresholdDecision.LowLevelConcern)),
            Allegations = new Figure(reported.Count(c => c.DecisionOn(asAt) == ThresholdDecision.HarmThreshold)),
            Outcomes = FigureTable.Breakdown(
                "Outcomes recorded",
                Enum.GetValues<ConcernOutcome>().Select(outcome => (ConcernNames.Describe(outcome), steps.Count(step => step.Outcome == outcome && period.Contains(step.On))))),
            Referrals = FigureTable.Breakdown(
                "Referrals made",
                Enum.GetValues<ReferralType>().Select(type => (ConcernNames.Describe(type), steps.Count(step => step.Referral == type && step.ReferredOn is { } on && period.Contains(on))))),
            MedianWorkingDaysToTriage = Median.Of(known
                .Where(c => c.TriagedOn is { } on && on <= asAt && period.Contains(on))
                .Select(c => (double)WorkingDays.Between(c.ReportedOn, c.TriagedOn!.Value))),
            MedianDaysToClose = Median.Of(known
                .Where(c => c.ClosedOn is { } on && on <= asAt && period.Contains(on))
                .Select(c => (double)(c.ClosedOn!.Value.DayNumber - c.ReportedOn.DayNumber))),
            Overdue = new Figure(known.Count(c => c.IsOverdueOn(asAt, settings))),
        };
    }

    /// <summary>The first day of each month of the period up to the "as at" day.</summary>
    private static IEnumerable<DateOnly> MonthsOf(ReportingPeriod period, DateOnly asAt)
    {
        for (var month = new DateOnly(period.FirstDay.Year, period.FirstDay.Month, 1); month <= period.LastDay && month <= asAt; month = month.AddMonths(1))
        {
            yield return month;
        }
    }
}
