using System.Globalization;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>How concerns were handled in a period, as governors see them: "are concerns handled promptly?" without
/// anything about any one case. Each term is counted on its own: the breakdowns withhold rows until none follows from
/// the headline count (<see cref="FigureTable.Breakdown"/>), or the headline is withheld. A whole year's counts of
/// what happened in it (reports, triage decisions, closures, outcomes, referrals) are its terms' counts added up as
/// shown, so that a year less its other terms never gives away a term's hidden figure; what stood on a day (open
/// cases, overdue) and typical times are the year's own, a typical time only when no term's is hidden.</summary>
public sealed class ConcernFigures
{
    private ConcernFigures() { }

    /// <summary>Concerns reported in the period, by the "as at" day.</summary>
    public Figure Reported { get; private init; }

    public FigureTable ByCategory { get; private init; } = null!;

    /// <summary>Each month of the period that had begun by the "as at" day.</summary>
    public FigureTable ByMonth { get; private init; } = null!;

    /// <summary>Concerns triaged in the period whose triage decision made them low-level concerns.</summary>
    public Figure LowLevelConcerns { get; private init; }

    /// <summary>Concerns triaged in the period whose triage decision found the harm threshold met: allegations.</summary>
    public Figure Allegations { get; private init; }

    /// <summary>Cases closed in the period, whenever reported.</summary>
    public Figure Closed { get; private init; }

    /// <summary>Concerns still open on the "as at" day, whenever reported, by the status they then had.</summary>
    public FigureTable OpenByStatus { get; private init; } = null!;

    /// <summary>Outcomes recorded in the period, whenever the concern was reported.</summary>
    public FigureTable Outcomes { get; private init; } = null!;

    /// <summary>Referrals recorded in the period, by whom they were made to.</summary>
    public FigureTable Referrals { get; private init; } = null!;

    /// <summary>Working days from report to the first threshold decision, for concerns triaged in the period; null
    /// when fewer than 5 were.</summary>
    public double? MedianWorkingDaysToTriage { get; private init; }

    /// <summary>Calendar days from report to closure, for concerns closed in the period; null when fewer than 5 were.</summary>
    public double? MedianDaysToClose { get; private init; }

    /// <summary>Concerns past their time to triage or to contact the LADO on the "as at" day, whenever reported.</summary>
    public Figure Overdue { get; private init; }

    // How many values each median was taken from. A year's median is given only when no term had 1 to 4, since the
    // year's median beside a term's would otherwise give that term's few values away.
    private int triagedCount;
    private int closedCount;

    /// <param name="asAt">The day the figures stand at: the period's last day, or today while it lasts.</param>
    public static ConcernFigures From(IEnumerable<ConcernTimeline> concerns, ReportingPeriod period, DateOnly asAt, SchoolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        ArgumentNullException.ThrowIfNull(settings);
        var known = concerns.Where(c => c.ReportedOn <= asAt).ToList();
        var whole = Count(known, period, asAt, settings);
        if (period.Term is not null)
        {
            return whole;
        }

        var terms = Enum.GetValues<SchoolTerm>()
            .Select(term => period with { Term = term })
            .Where(term => term.FirstDay <= asAt)
            .Select(term => Count(known, term, term.LastDay < asAt ? term.LastDay : asAt, settings))
            .ToList();
        return new ConcernFigures
        {
            Reported = Sum(terms.Select(t => t.Reported)),
            ByCategory = Sum(whole.ByCategory, terms.Select(t => t.ByCategory)),
            ByMonth = FigureTable.From(whole.ByMonth.Title, terms.SelectMany(t => t.ByMonth.Rows).Select(row => (row.Label, row.Figure))),
            LowLevelConcerns = Sum(terms.Select(t => t.LowLevelConcerns)),
            Allegations = Sum(terms.Select(t => t.Allegations)),
            Closed = Sum(terms.Select(t => t.Closed)),
            OpenByStatus = whole.OpenByStatus,
            Outcomes = Sum(whole.Outcomes, terms.Select(t => t.Outcomes)),
            Referrals = Sum(whole.Referrals, terms.Select(t => t.Referrals)),
            MedianWorkingDaysToTriage = terms.Any(t => SmallNumber.IsSuppressed(t.triagedCount)) ? null : whole.MedianWorkingDaysToTriage,
            MedianDaysToClose = terms.Any(t => SmallNumber.IsSuppressed(t.closedCount)) ? null : whole.MedianDaysToClose,
            Overdue = whole.Overdue,
        };
    }

    /// <summary>The figures of one period counted from its own records.</summary>
    private static ConcernFigures Count(List<ConcernTimeline> known, ReportingPeriod period, DateOnly asAt, SchoolSettings settings)
    {
        var reported = known.Where(c => period.Contains(c.ReportedOn)).ToList();
        var steps = known.SelectMany(c => c.Steps.Where(step => step.On <= asAt && period.Contains(step.On))).ToList();
        var triaged = known.Where(c => c.TriagedOn is { } on && on <= asAt && period.Contains(on)).ToList();
        var closed = known.Where(c => c.ClosedOn is { } on && on <= asAt && period.Contains(on)).ToList();
        var byCategory = FigureTable.Breakdown(
            "Concerns by category",
            ConcernCategories.All.Select(category => (ConcernCategories.Describe(category), reported.Count(c => c.Category == category))));
        var byMonth = FigureTable.Breakdown(
            "Concerns by month reported",
            MonthsOf(period, asAt).Select(month => (month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), reported.Count(c => c.ReportedOn.Year == month.Year && c.ReportedOn.Month == month.Month))));
        // When one breakdown would give its rows away with the headline, the headline goes, and then the other
        // breakdown's rows must not add up to it either.
        var sizeWithheld = byCategory.GivesAwayRowsWithTotal || byMonth.GivesAwayRowsWithTotal;
        return new ConcernFigures
        {
            Reported = new Figure(reported.Count) { IsWithheld = sizeWithheld },
            ByCategory = sizeWithheld ? byCategory.Withheld() : byCategory,
            ByMonth = sizeWithheld ? byMonth.Withheld() : byMonth,
            LowLevelConcerns = new Figure(triaged.Count(c => c.TriageDecision == ThresholdDecision.LowLevelConcern)),
            Allegations = new Figure(triaged.Count(c => c.TriageDecision == ThresholdDecision.HarmThreshold)),
            Closed = new Figure(closed.Count),
            OpenByStatus = FigureTable.Breakdown(
                "Open concerns by status",
                Enum.GetValues<ConcernStatus>().Where(status => status != ConcernStatus.Closed)
                    .Select(status => (ConcernNames.Describe(status), known.Count(c => c.StatusOn(asAt) == status)))),
            Outcomes = FigureTable.Breakdown(
                "Outcomes recorded",
                Enum.GetValues<ConcernOutcome>().Select(outcome => (ConcernNames.Describe(outcome), steps.Count(step => step.Outcome == outcome)))),
            Referrals = FigureTable.Breakdown(
                "Referrals recorded",
                Enum.GetValues<ReferralType>().Select(type => (ConcernNames.Describe(type), steps.Count(step => step.Referral == type)))),
            MedianWorkingDaysToTriage = Median.Of(triaged.Select(c => (double)WorkingDays.Between(c.ReportedOn, c.TriagedOn!.Value))),
            MedianDaysToClose = Median.Of(closed.Select(c => (double)(c.ClosedOn!.Value.DayNumber - c.ReportedOn.DayNumber))),
            triagedCount = triaged.Count,
            closedCount = closed.Count,
            Overdue = new Figure(known.Count(c => c.IsOverdueOn(asAt, settings))),
        };
    }

    /// <summary>Counts added up as shown: withheld when any of them is not shown, which the total would give away.</summary>
    private static Figure Sum(IEnumerable<Figure> figures)
    {
        var all = figures.ToList();
        return new Figure(all.Sum(f => f.Count)) { IsWithheld = all.Any(f => f.IsHidden) };
    }

    /// <summary>Tables of the same rows added up row by row, each row as <see cref="Sum(IEnumerable{Figure})"/>.</summary>
    private static FigureTable Sum(FigureTable shape, IEnumerable<FigureTable> tables)
    {
        var all = tables.ToList();
        return FigureTable.From(shape.Title, shape.Rows.Select((row, i) => (row.Label, Sum(all.Select(t => t.Rows[i].Figure)))));
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
