using System.Globalization;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>How the concerns reported in a period were handled, as they stood on one day: "are concerns handled
/// promptly?" without anything about any one case. Every figure is about those concerns only, so no figure of one term
/// counts a concern of another, and a term's figures are made safe together (<see cref="LinkedTables{TKind}"/>): no
/// hidden count follows from the others shown, however they are added and subtracted. A whole year's figures are its
/// terms' added up as shown, withheld where a term's part is hidden, so they tell nothing the terms do not.</summary>
public sealed class ConcernFigures
{
    private static readonly ConcernStatus[] AllStatuses = Enum.GetValues<ConcernStatus>();
    private static readonly ThresholdDecision[] AllDecisions = Enum.GetValues<ThresholdDecision>();
    private static readonly ConcernOutcome[] AllOutcomes = Enum.GetValues<ConcernOutcome>();

    private ConcernFigures() { }

    /// <summary>The day the figures stand at.</summary>
    public DateOnly AsAt { get; private init; }

    /// <summary>Concerns reported in the period, by the day.</summary>
    public Figure Reported { get; private init; }

    public FigureTable ByCategory { get; private init; } = null!;

    /// <summary>Each month of the period that had begun by the day.</summary>
    public FigureTable ByMonth { get; private init; } = null!;

    /// <summary>Where each concern stood on the day.</summary>
    public FigureTable ByStatus { get; private init; } = null!;

    /// <summary>What triage decided (the first threshold decision), for those triaged by the day.</summary>
    public FigureTable TriageDecisions { get; private init; } = null!;

    /// <summary>Those triaged as low-level concerns.</summary>
    public Figure LowLevelConcerns => TriageDecisions.Rows[Array.IndexOf(AllDecisions, ThresholdDecision.LowLevelConcern)].Figure;

    /// <summary>Those triaged as allegations: the harm threshold met.</summary>
    public Figure Allegations => TriageDecisions.Rows[Array.IndexOf(AllDecisions, ThresholdDecision.HarmThreshold)].Figure;

    /// <summary>Those closed by the day.</summary>
    public Figure Closed => ByStatus.Rows[Array.IndexOf(AllStatuses, ConcernStatus.Closed)].Figure;

    /// <summary>The outcomes recorded by the day.</summary>
    public FigureTable Outcomes { get; private init; } = null!;

    /// <summary>Referrals made about them by the day, by whom they were made to.</summary>
    public FigureTable Referrals { get; private init; } = null!;

    /// <summary>Working days from report to triage, for those triaged by the day; null when fewer than 5 were.</summary>
    public double? MedianWorkingDaysToTriage { get; private init; }

    /// <summary>Calendar days from report to closure, for those closed by the day; null when fewer than 5 were.</summary>
    public double? MedianDaysToClose { get; private init; }

    /// <summary>Those past their time to triage or to contact the LADO on the day.</summary>
    public Figure Overdue { get; private init; }

    // How many values each median was taken from. A year's median is given only when no term had 1 to 4, since the
    // year's median beside a term's would otherwise give that term's few values away.
    private int triagedCount;
    private int closedCount;

    /// <param name="asAt">The day the figures stand at: for every period of an academic year, its last day, or today
    /// while it lasts, so that a year's figures are its terms' added up.</param>
    public static ConcernFigures From(IEnumerable<ConcernTimeline> concerns, ReportingPeriod period, DateOnly asAt, SchoolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        ArgumentNullException.ThrowIfNull(settings);
        var known = concerns.Where(c => c.ReportedOn <= asAt).ToList();
        var terms = period.Term is not null
            ? []
            : Enum.GetValues<SchoolTerm>()
                .Select(term => period with { Term = term })
                .Where(term => term.FirstDay <= asAt)
                .Select(term => Count(known, term, asAt, settings))
                .ToList();
        if (terms.Count == 0)
        {
            return Count(known, period, asAt, settings);
        }

        var year = known.Where(c => period.Contains(c.ReportedOn)).ToList();
        return new ConcernFigures
        {
            AsAt = asAt,
            Reported = Sum(terms.Select(t => t.Reported)),
            ByCategory = Sum(terms, t => t.ByCategory),
            ByMonth = FigureTable.From(terms[0].ByMonth.Title, terms.SelectMany(t => t.ByMonth.Rows).Select(row => (row.Label, row.Figure))),
            ByStatus = Sum(terms, t => t.ByStatus),
            TriageDecisions = Sum(terms, t => t.TriageDecisions),
            Outcomes = Sum(terms, t => t.Outcomes),
            Referrals = Sum(terms, t => t.Referrals),
            MedianWorkingDaysToTriage = terms.Any(t => SmallNumber.IsSuppressed(t.triagedCount)) ? null : DaysToTriage(year, asAt).Median,
            MedianDaysToClose = terms.Any(t => SmallNumber.IsSuppressed(t.closedCount)) ? null : DaysToClose(year, asAt).Median,
            Overdue = Sum(terms.Select(t => t.Overdue)),
        };
    }

    /// <summary>The figures of one term's concerns, made safe together.</summary>
    private static ConcernFigures Count(List<ConcernTimeline> known, ReportingPeriod period, DateOnly asAt, SchoolSettings settings)
    {
        var reported = known.Where(c => period.Contains(c.ReportedOn)).ToList();
        var months = MonthsOf(period, asAt).ToList();
        var tables = new LinkedTables<ConcernKind>(
            PossibleKinds(months),
            reported.Select(c => new ConcernKind(c.Category, MonthOf(c.ReportedOn), c.StatusOn(asAt)!.Value, c.TriageDecisionOn(asAt), c.OutcomeOn(asAt))).ToList());
        tables.Add("Concerns reported", [("Concerns reported", _ => true)], keep: true);
        tables.Add("Concerns by category", ConcernCategories.All.Select(category => (ConcernCategories.Describe(category), Is(k => k.Category == category))));
        tables.Add(
            "Concerns by month reported",
            months.Select(month => (month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), Is(k => k.Month == month))));
        tables.Add("Concerns by status", AllStatuses.Select(status => (ConcernNames.Describe(status), Is(k => k.Status == status))));
        tables.Add("Triage decisions", AllDecisions.Select(decision => (ConcernNames.Describe(decision), Is(k => k.Decision == decision))));
        tables.Add("Outcomes recorded", AllOutcomes.Select(outcome => (ConcernNames.Describe(outcome), Is(k => k.Outcome == outcome))));
        // A typical time is given only from 5 values, which tells the reader whether 5 or more were triaged (or closed).
        var triage = DaysToTriage(reported, asAt);
        var closure = DaysToClose(reported, asAt);
        tables.AddBounded("Triaged", k => k.Decision is not null, CountAsRead(triage, reported.Count));
        tables.AddBounded("Closed", k => k.Status == ConcernStatus.Closed, CountAsRead(closure, reported.Count));
        var safe = tables.Withhold();
        var referrals = reported.SelectMany(c => c.Steps.Where(step => step.On <= asAt && step.Referral is not null)).ToList();
        var byStatus = safe[3];
        return new ConcernFigures
        {
            AsAt = asAt,
            Reported = safe[0].Rows[0].Figure,
            ByCategory = safe[1],
            ByMonth = safe[2],
            ByStatus = byStatus,
            TriageDecisions = safe[4],
            Outcomes = safe[5],
            // Referrals are not shared out: a concern may have several, or none, whatever else is known of it.
            Referrals = FigureTable.From("Referrals made", Enum.GetValues<ReferralType>().Select(type => (ConcernNames.Describe(type), referrals.Count(step => step.Referral == type)))),
            MedianWorkingDaysToTriage = safe[6].Rows[0].Figure.IsWithheld ? null : triage.Median,
            MedianDaysToClose = safe[7].Rows[0].Figure.IsWithheld ? null : closure.Median,
            triagedCount = triage.Count,
            closedCount = closure.Count,
            // Once its deadline has passed every new concern is overdue, so the overdue count would bound a hidden
            // number of new ones: it is shown only beside a number of new concerns that is shown.
            Overdue = new Figure(reported.Count(c => c.IsOverdueOn(asAt, settings))) { IsWithheld = byStatus.Rows[Array.IndexOf(AllStatuses, ConcernStatus.New)].Figure.IsHidden },
        };
    }

    /// <summary>What giving a typical time, or not, tells of how many it was taken from.</summary>
    private static (long Least, long Most) CountAsRead((double? Median, int Count) days, int reported) =>
        days.Median is null ? (0, SmallNumber.Threshold - 1) : (SmallNumber.Threshold, reported);

    private static (double? Median, int Count) DaysToTriage(List<ConcernTimeline> concerns, DateOnly asAt)
    {
        var days = concerns.Where(c => c.TriagedOn(asAt) is not null).Select(c => (double)WorkingDays.Between(c.ReportedOn, c.TriagedOn(asAt)!.Value)).ToList();
        return (Median.Of(days), days.Count);
    }

    private static (double? Median, int Count) DaysToClose(List<ConcernTimeline> concerns, DateOnly asAt)
    {
        var days = concerns.Where(c => c.ClosedOn(asAt) is not null).Select(c => (double)(c.ClosedOn(asAt)!.Value.DayNumber - c.ReportedOn.DayNumber)).ToList();
        return (Median.Of(days), days.Count);
    }

    /// <summary>Every kind of concern the case rules allow, in each month: a decision once triaged, an outcome once one is
    /// recorded (after triage, before closing). A reader cannot rule any of them out.</summary>
    private static List<ConcernKind> PossibleKinds(List<DateOnly> months)
    {
        var stages = new List<(ConcernStatus Status, ThresholdDecision? Decision, ConcernOutcome? Outcome)> { (ConcernStatus.New, null, null) };
        foreach (var decision in AllDecisions)
        {
            stages.Add((ConcernStatus.Triaged, decision, null));
            stages.Add((ConcernStatus.Investigating, decision, null));
            stages.AddRange(AllOutcomes.SelectMany(outcome => new[] { (ConcernStatus.OutcomeRecorded, (ThresholdDecision?)decision, (ConcernOutcome?)outcome), (ConcernStatus.Closed, decision, outcome) }));
        }

        return [.. from category in ConcernCategories.All
                   from month in months
                   from stage in stages
                   select new ConcernKind(category, month, stage.Status, stage.Decision, stage.Outcome)];
    }

    /// <summary>Types a row's test, which a lambda in a tuple cannot be on its own.</summary>
    private static Func<ConcernKind, bool> Is(Func<ConcernKind, bool> predicate) => predicate;

    /// <summary>Counts added up as shown: withheld when any of them is not shown, which the total would give away (one
    /// count alone, of the one term begun, is as it was).</summary>
    private static Figure Sum(IEnumerable<Figure> figures)
    {
        var all = figures.ToList();
        return all.Count == 1 ? all[0] : new Figure(all.Sum(f => f.Count)) { IsWithheld = all.Any(f => f.IsHidden) };
    }

    /// <summary>The terms' tables added up row by row, each row as <see cref="Sum(IEnumerable{Figure})"/>.</summary>
    private static FigureTable Sum(List<ConcernFigures> terms, Func<ConcernFigures, FigureTable> table)
    {
        var tables = terms.Select(table).ToList();
        return FigureTable.From(tables[0].Title, tables[0].Rows.Select((row, i) => (row.Label, Sum(tables.Select(t => t.Rows[i].Figure)))));
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The first day of each month of the period up to the "as at" day.</summary>
    private static IEnumerable<DateOnly> MonthsOf(ReportingPeriod period, DateOnly asAt)
    {
        for (var month = MonthOf(period.FirstDay); month <= period.LastDay && month <= asAt; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    /// <summary>What the linked tables tell apart about one concern on the day.</summary>
    private sealed record ConcernKind(ConcernCategory Category, DateOnly Month, ConcernStatus Status, ThresholdDecision? Decision, ConcernOutcome? Outcome);
}
