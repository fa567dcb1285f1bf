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
    public void OpenByStatus_AsAtTheDay_CountsEveryOpenConcernWheneverReported()
    {
        // Open on 25 November: the two trolling concerns and the summer's one are new, the five allegations under
        // investigation. Three new alone would follow from nothing, so the five are withheld beside them.
        Assert.Equal(
            ["New:fewer than 5", "Triaged:0", "Investigating:not shown", "Outcome recorded:0"],
            Figures.OpenByStatus.Rows.Select(row => $"{row.Label}:{row.Figure}"));

        var early = ConcernFigures.From(Concerns, Autumn2026, new DateOnly(2026, 9, 10), new SchoolSettings());
        Assert.Equal(["New:fewer than 5", "Triaged:not shown", "Investigating:0", "Outcome recorded:0"], early.OpenByStatus.Rows.Select(row => $"{row.Label}:{row.Figure}"));
    }

    [Fact]
    public void LowLevelAllegationsAndClosed_CountWhatHappenedInThePeriod()
    {
        Assert.Equal("6", Figures.LowLevelConcerns.ToString());
        Assert.Equal("5", Figures.Allegations.ToString());
        Assert.Equal("6", Figures.Closed.ToString());
        var september = ConcernFigures.From(Concerns, Autumn2026, new DateOnly(2026, 9, 30), new SchoolSettings());
        Assert.Equal("0", september.Allegations.ToString());
    }

    [Fact]
    public void WholeYear_ATermWithFewerThanFive_AddsTheTermsUpAsShownSoTheYearCannotGiveItAway()
    {
        // Ten in the autumn, seven in the spring and three in the summer: the year's 20 less 10 and 7 would be the
        // summer's hidden 3, so the year's count and its row are withheld, and May reads as the summer term shows it
        // (its one row would be the summer's count, so that is withheld too).
        var year = new AcademicYear(2025, new DayOfYear(9, 1));
        List<ConcernTimeline> concerns =
        [
            .. Enumerable.Range(0, 10).Select(_ => Reported(new DateOnly(2025, 10, 6), ConcernCategory.Trolling)),
            .. Enumerable.Range(0, 7).Select(_ => Reported(new DateOnly(2026, 2, 2), ConcernCategory.Trolling)),
            .. Enumerable.Range(0, 3).Select(_ => Reported(new DateOnly(2026, 5, 4), ConcernCategory.Trolling)),
        ];
        var asAt = new DateOnly(2026, 8, 31);

        var whole = ConcernFigures.From(concerns, new ReportingPeriod(year, null), asAt, new SchoolSettings());
        var summer = ConcernFigures.From(concerns, new ReportingPeriod(year, SchoolTerm.Summer), asAt, new SchoolSettings());

        Assert.Equal("not shown", summer.Reported.ToString());
        Assert.Equal("not shown", whole.Reported.ToString());
        Assert.Equal("not shown", whole.ByCategory.Rows.Single(row => row.Label == "Trolling").Figure.ToString());
        Assert.Equal(12, whole.ByMonth.Rows.Count);
        Assert.Equal(["October 2025:10", "February 2026:7", "May 2026:not shown"], whole.ByMonth.Rows.Where(row => row.Figure.Count > 0).Select(row => $"{row.Label}:{row.Figure}"));
    }

    [Fact]
    public void WholeYear_EveryTermShown_IsTheSumOfItsTerms()
    {
        var year = new AcademicYear(2025, new DayOfYear(9, 1));
        List<ConcernTimeline> concerns =
        [
            .. Enumerable.Range(0, 10).Select(_ => Reported(new DateOnly(2025, 10, 6), ConcernCategory.Trolling)),
            .. Enumerable.Range(0, 7).Select(_ => Reported(new DateOnly(2026, 2, 2), ConcernCategory.Trolling)),
        ];

        var whole = ConcernFigures.From(concerns, new ReportingPeriod(year, null), new DateOnly(2026, 8, 31), new SchoolSettings());

        Assert.Equal("17", whole.Reported.ToString());
        Assert.Equal("17", whole.ByCategory.Rows.Single(row => row.Label == "Trolling").Figure.ToString());
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
