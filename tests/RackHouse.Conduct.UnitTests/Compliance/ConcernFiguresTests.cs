using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Compliance;

/// <summary>A known autumn term, counted by hand, as at Wednesday 25 November 2026:
/// six low-level concerns about inappropriate content reported on Monday 7 September, triaged the next working day
/// and closed with no further action 10, 12, 14, 16, 18 and 20 days after they were reported; five cyberbullying
/// allegations reported on Tuesday 6 October, triaged two working days later and referred to the LADO the day after
/// that; two trolling concerns reported on Friday 20 November, not yet triaged (due on Monday 23rd); one urgent
/// concern from the summer, never triaged, which belongs to the summer's figures; and one reported after the day.</summary>
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
        Assert.Equal(AsAt, Figures.AsAt);
    }

    [Fact]
    public void Tables_KnownTerm_CountEachConcernOfTheTermOnceInEachTable()
    {
        Assert.Equal(["Inappropriate or derogatory content posted by an adult:6", "Cyberbullying:5", "Trolling:2"], Counts(Figures.ByCategory));
        Assert.Equal(["September 2026:6", "October 2026:5", "November 2026:2"], Counts(Figures.ByMonth, nonZero: false));
        Assert.Equal(["New:2", "Triaged:0", "Investigating:5", "Outcome recorded:0", "Closed:6"], Counts(Figures.ByStatus, nonZero: false));
        Assert.Equal(["Harm threshold met: an allegation for the LADO:5", "Low-level concern:6"], Counts(Figures.TriageDecisions));
        Assert.Equal(["No further action:6"], Counts(Figures.Outcomes));
        Assert.Equal(["LADO:5"], Counts(Figures.Referrals));
        Assert.Equal((6, 5, 6), (Figures.LowLevelConcerns.Count, Figures.Allegations.Count, Figures.Closed.Count));
    }

    [Fact]
    public void Tables_KnownTerm_HideTheTwosAndWithholdWhatWouldGiveThemAway()
    {
        // The two trolling concerns are the November ones and the new ones: each is the 13 less the rows shown beside
        // it, so in each of those tables another row is withheld; the referrals share nothing out and stand alone.
        var figures = Figures;
        foreach (var table in new[] { figures.ByCategory, figures.ByMonth, figures.ByStatus })
        {
            Assert.Equal(2, table.Rows.Count(row => row.Figure.IsHidden));
            Assert.Contains(table.Rows, row => row.Figure.ToString() == "fewer than 5");
            Assert.Contains(table.Rows, row => row.Figure.ToString() == "not shown");
        }

        Assert.Equal("13", figures.Reported.ToString());
        Assert.Equal(["LADO:5"], figures.Referrals.Rows.Where(row => row.Figure.Count > 0).Select(row => $"{row.Label}:{row.Figure}"));
    }

    [Fact]
    public void Tables_EarlyInTheTerm_StandAsTheyDidThatDay()
    {
        var early = ConcernFigures.From(Concerns, Autumn2026, new DateOnly(2026, 9, 10), new SchoolSettings());

        Assert.Equal(["September 2026:6"], Counts(early.ByMonth, nonZero: false));
        Assert.Equal(["Triaged:6"], Counts(early.ByStatus));
        Assert.Equal(["Low-level concern:6"], Counts(early.TriageDecisions));
        Assert.Equal((0, 0, 0), (early.Closed.Count, early.Outcomes.Total.Count, early.Overdue.Count));
    }

    [Fact]
    public void WholeYear_ATermWithFewerThanFive_AddsTheTermsUpAsShownSoTheYearCannotGiveItAway()
    {
        // Ten in the autumn, seven in the spring and three in the summer: the year's 20 less 10 and 7 would be the
        // summer's hidden 3, so the year's count and its row are withheld, and May reads as the summer term shows it.
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

        Assert.Equal("fewer than 5", summer.Reported.ToString());
        Assert.Equal("not shown", whole.Reported.ToString());
        Assert.Equal("not shown", whole.ByCategory.Rows.Single(row => row.Label == "Trolling").Figure.ToString());
        Assert.Equal("not shown", whole.ByStatus.Rows.Single(row => row.Label == "New").Figure.ToString());
        Assert.Equal(12, whole.ByMonth.Rows.Count);
        Assert.Equal(["October 2025:10", "February 2026:7", "May 2026:fewer than 5"], whole.ByMonth.Rows.Where(row => row.Figure.Count > 0).Select(row => $"{row.Label}:{row.Figure}"));
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
        Assert.Equal("17", whole.ByStatus.Rows.Single(row => row.Label == "New").Figure.ToString());
    }

    [Fact]
    public void OutcomesAndReferrals_OfAnotherTermsConcerns_AreNotCounted()
    {
        // As at the end of the spring term: everything recorded was about the autumn's concerns.
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
    public void Medians_FewerThanFive_AreNotGiven()
    {
        var figures = ConcernFigures.From(Concerns.Skip(2), Autumn2026, new DateOnly(2026, 9, 30), new SchoolSettings());

        Assert.Null(figures.MedianDaysToClose);
        Assert.Null(figures.MedianWorkingDaysToTriage);
    }

    [Fact]
    public void Overdue_CountsTheTermsConcernsPastTheirClock()
    {
        // The two trolling concerns were due for triage on Monday 23rd; the summer's urgent one counts in the summer.
        Assert.Equal(2, Figures.Overdue.Count);
        Assert.Equal(0, ConcernFigures.From(Concerns, Autumn2026, new DateOnly(2026, 11, 23), new SchoolSettings()).Overdue.Count);
        var summer = new ReportingPeriod(new AcademicYear(2025, new DayOfYear(9, 1)), SchoolTerm.Summer);
        Assert.Equal(1, ConcernFigures.From(Concerns, summer, new DateOnly(2026, 8, 31), new SchoolSettings()).Overdue.Count);
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

    private static List<string> Counts(FigureTable table, bool nonZero = true) =>
        table.Rows.Where(row => !nonZero || row.Figure.Count > 0).Select(row => $"{row.Label}:{row.Figure.Count}").ToList();

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
