using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Compliance;

/// <summary>A known autumn term, counted by hand, as at Wednesday 25 November 2026:
/// six low-level concerns about inappropriate content reported on Monday 7 September, triaged the next working day
/// and closed with no further action 10, 12, 14, 16, 18 and 20 days after they were reported; five cyberbullying
/// allegations reported on Tuesday 6 October, triaged two working days later and referred to the LADO the day after
/// that; two trolling concerns reported on Friday 20 November, not yet triaged (due on Monday 23rd); one urgent
/// concern from the summer, never triaged; and one reported after the day.</summary>
public sealed class ConcernFiguresTests
{
    private static readonly ReportingPeriod Autumn2026 = new(new AcademicYear(2026, new DayOfYear(9, 1)), SchoolTerm.Autumn);
    private static readonly DateOnly AsAt = new(2026, 11, 25);

    private static readonly List<ConcernTimeline> Concerns =
    [
        .. new[] { 10, 12, 14, 16, 18, 20 }.Select(days => LowLevelClosed(new DateOnly(2026, 9, 7), days)),
        .. Enumerable.Range(0, 5).Select(_ => Allegation(new DateOnly(2026, 10, 6))),
        .. Enumerable.Range(0, 2).Select(_ => Reported(new DateOnly(2026, 11, 20), ConcernCategory.Trolling)),
        Reported(new DateOnly(2026, 8, 20), ConcernCategory.Extremism, isUrgent: true),
        Reported(new DateOnly(2026, 12, 1), ConcernCategory.Other),
    ];

    private static ConcernFigures Figures => ConcernFigures.From(Concerns, Autumn2026, AsAt, new SchoolSettings());

    [Fact]
    public void Reported_KnownTerm_CountsTheConcernsReportedInItByTheDay()
    {
        Assert.Equal(13, Figures.Reported.Count);
    }

    [Fact]
    public void ByCategory_OneCategoryHidden_WithholdsTheNextSmallest()
    {
        var rows = Figures.ByCategory.Rows.Where(row => row.Figure.Count > 0).Select(row => $"{row.Label}:{row.Figure}");

        Assert.Equal(["Inappropriate or derogatory content posted by an adult:6", "Cyberbullying:not shown", "Trolling:fewer than 5"], rows);
        Assert.Equal(6, Figures.ByCategory.Total.Count);
        Assert.Equal(ConcernCategories.All.Count, Figures.ByCategory.Rows.Count);
    }

    [Fact]
    public void ByMonth_AutumnAsAtNovember_ListsTheMonthsBegunSoFar()
    {
        Assert.Equal(
            ["September 2026:6", "October 2026:not shown", "November 2026:fewer than 5"],
            Figures.ByMonth.Rows.Select(row => $"{row.Label}:{row.Figure}"));
    }

    [Fact]
    public void ByStatus_AsAtTheDay_GivesEachConcernsStatusThen()
    {
        Assert.Equal(
            ["New:fewer than 5", "Triaged:0", "Investigating:not shown", "Outcome recorded:0", "Closed:6"],
            Figures.ByStatus.Rows.Select(row => $"{row.Label}:{row.Figure}"));

        var early = ConcernFigures.From(Concerns, Autumn2026, new DateOnly(2026, 9, 10), new SchoolSettings());
        Assert.Equal(["New:0", "Triaged:6", "Investigating:0", "Outcome recorded:0", "Closed:0"], early.ByStatus.Rows.Select(row => $"{row.Label}:{row.Figure}"));
    }

    [Fact]
    public void LowLevelAndAllegations_AreSeparateFiguresUnderTheSameRule()
    {
        Assert.Equal("6", Figures.LowLevelConcerns.ToString());
        Assert.Equal("5", Figures.Allegations.ToString());
        var september = ConcernFigures.From(Concerns, Autumn2026, new DateOnly(2026, 9, 30), new SchoolSettings());
        Assert.Equal("0", september.Allegations.ToString());
    }

    [Fact]
    public void OutcomesAndReferrals_CountThoseRecordedInThePeriod()
    {
        Assert.Equal(["No further action:6"], Figures.Outcomes.Rows.Where(row => row.Figure.Count > 0).Select(row => $"{row.Label}:{row.Figure}"));
        Assert.Equal(["LADO:5"], Figures.Referrals.Rows.Where(row => row.Figure.Count > 0).Select(row => $"{row.Label}:{row.Figure}"));

        // As at the end of the spring term, with everything recorded since the autumn: none of it was in the spring.
        var spring = ConcernFigures.From(Concerns, Autumn2026 with { Term = SchoolTerm.Spring }, new DateOnly(2027, 3, 31), new SchoolSettings());
        Assert.Equal(0, spring.Outcomes.Total.Count);
        Assert.Equal(0, spring.Referrals.Total.Count);
        Assert.False(spring.Outcomes.HidesRows);
    }

    [Fact]
    public void Medians_KnownTerm_AreTheHandComputedMiddles()
    {
        // Triage: six after 1 working day, five after 2. Closure: 10 to 20 days, middle pair 14 and 16.
        Assert.Equal(1.0, Figures.MedianWorkingDaysToTriage);
        Assert.Equal(15.0, Figures.MedianDaysToClose);
    }

    [Fact]
    public void Medians_FewerThanFiveInThePeriod_AreNotGiven()
    {
        var figures = ConcernFigures.From(Concerns.Skip(2), Autumn2026, new DateOnly(2026, 9, 30), new SchoolSettings());

        Assert.Null(figures.MedianDaysToClose);
        Assert.Null(figures.MedianWorkingDaysToTriage);
    }

    [Fact]
    public void Overdue_CountsEveryConcernPastItsClockWheneverReported()
    {
        // The two trolling concerns were due for triage on Monday 23rd; the summer's urgent one on its own day.
        Assert.Equal(3, Figures.Overdue.Count);
        Assert.Equal(1, ConcernFigures.From(Concerns, Autumn2026, new DateOnly(2026, 11, 23), new SchoolSettings()).Overdue.Count);
    }

    [Fact]
    public void IsOverdueOn_HarmThresholdWithoutTheLado_IsOverdueAfterItsWorkingDay()
    {
        var decided = new DateOnly(2026, 11, 20);
        var concern = new ConcernTimeline(decided, ConcernCategory.Cyberbullying, false, CaseManager.Headteacher, null,
            [new ConcernStep(decided, Decision: ThresholdDecision.HarmThreshold), new ConcernStep(decided, Status: ConcernStatus.Triaged)]);

        Assert.False(concern.IsOverdueOn(new DateOnly(2026, 11, 23), new SchoolSettings()));
        Assert.True(concern.IsOverdueOn(new DateOnly(2026, 11, 24), new SchoolSettings()));
    }

    private static ConcernTimeline Reported(DateOnly on, ConcernCategory category, bool isUrgent = false) =>
        new(on, category, isUrgent, CaseManager.Headteacher, null, []);

    private static ConcernTimeline LowLevelClosed(DateOnly reportedOn, int daysToClose)
    {
        var triaged = WorkingDays.Add(reportedOn, 1);
        var closed = reportedOn.AddDays(daysToClose);
        return new ConcernTimeline(reportedOn, ConcernCategory.InappropriateContent, false, CaseManager.Headteacher, null,
        [
            new ConcernStep(triaged, Decision: ThresholdDecision.LowLevelConcern),
            new ConcernStep(triaged, Status: ConcernStatus.Triaged),
            new ConcernStep(closed, Outcome: ConcernOutcome.NoFurtherAction),
            new ConcernStep(closed, Status: ConcernStatus.OutcomeRecorded),
            new ConcernStep(closed, Status: ConcernStatus.Closed),
        ]);
    }

    private static ConcernTimeline Allegation(DateOnly reportedOn)
    {
        var triaged = WorkingDays.Add(reportedOn, 2);
        var referred = WorkingDays.Add(triaged, 1);
        return new ConcernTimeline(reportedOn, ConcernCategory.Cyberbullying, false, CaseManager.Headteacher, null,
        [
            new ConcernStep(triaged, Decision: ThresholdDecision.HarmThreshold),
            new ConcernStep(triaged, Status: ConcernStatus.Triaged),
            new ConcernStep(triaged, Status: ConcernStatus.Investigating),
            new ConcernStep(referred, Referral: ReferralType.Lado, ReferredOn: referred),
        ]);
    }
}
