using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.UnitTests.Compliance;

public sealed class FamilyLinkFiguresTests
{
    private static readonly ReportingPeriod Autumn2026 = new(new AcademicYear(2026, new DayOfYear(9, 1)), SchoolTerm.Autumn);

    /// <summary>Six acknowledged 2, 4, 6, 8, 10 and 30 days after declaring (the last in the spring), five still
    /// waiting since 1 September, and one declared after the "as at" day.</summary>
    private static readonly List<DeclarationTimeline> Declarations =
    [
        .. new[] { 2, 4, 6, 8, 10 }.Select(days => Acknowledged(new DateOnly(2026, 9, 14), days)),
        Acknowledged(new DateOnly(2026, 12, 20), 30),
        .. Enumerable.Range(0, 5).Select(_ => new DeclarationTimeline(new DateOnly(2026, 9, 1), [(new DateOnly(2026, 9, 1), DeclarationStatus.Submitted)])),
        new DeclarationTimeline(new DateOnly(2026, 12, 1), [(new DateOnly(2026, 12, 1), DeclarationStatus.Submitted)]),
    ];

    [Fact]
    public void From_KnownDeclarations_CountsEachStatusAsAtTheDay()
    {
        var figures = FamilyLinkFigures.From(Declarations, Autumn2026, new DateOnly(2026, 11, 2), status => status.ToString());

        Assert.Equal(["Submitted:5", "Discussed:0", "Acknowledged:5", "Declined:0", "Ended:0", "Withdrawn:0"], figures.ByStatus.Rows.Select(r => $"{r.Label}:{r.Figure}"));
        Assert.Equal(10, figures.ByStatus.Total.Count);
    }

    [Fact]
    public void From_KnownDeclarations_GivesTheMedianOfThoseAcknowledgedInThePeriod()
    {
        var figures = FamilyLinkFigures.From(Declarations, Autumn2026, new DateOnly(2026, 12, 31), status => status.ToString());

        Assert.Equal(6.0, figures.MedianDaysToAcknowledge);
    }

    [Fact]
    public void From_FiveWaitingSinceSeptember_FlagsThemOnceTwentyWorkingDaysHavePassed()
    {
        // 20 working days after Tuesday 1 September 2026 is Tuesday 29 September.
        Assert.Equal(0, FamilyLinkFigures.From(Declarations, Autumn2026, new DateOnly(2026, 9, 29), s => s.ToString()).WaitingTooLong.Count);
        Assert.Equal(5, FamilyLinkFigures.From(Declarations, Autumn2026, new DateOnly(2026, 9, 30), s => s.ToString()).WaitingTooLong.Count);
    }

    [Fact]
    public void From_FewerThanFiveAcknowledged_GivesNoMedian()
    {
        var figures = FamilyLinkFigures.From(Declarations.Take(4), Autumn2026, new DateOnly(2026, 12, 31), s => s.ToString());

        Assert.Null(figures.MedianDaysToAcknowledge);
    }

    private static DeclarationTimeline Acknowledged(DateOnly declaredOn, int days) =>
        new(declaredOn, [(declaredOn, DeclarationStatus.Submitted), (declaredOn.AddDays(days), DeclarationStatus.Acknowledged)]);
}
