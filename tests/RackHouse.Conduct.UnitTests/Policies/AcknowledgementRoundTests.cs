using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.UnitTests.Policies;

public sealed class AcknowledgementRoundTests
{
    private static readonly DayOfYear SeptemberFirst = new(9, 1);
    private static readonly DayOfYear SeptemberThirtieth = new(9, 30);
    private static readonly AcademicYear Year2026 = new(2026, SeptemberFirst);
    private static readonly PublishedVersion FirstVersion = new(1, new DateOnly(2025, 6, 1), true, new DateOnly(2025, 6, 30));

    [Fact]
    public void YearlyDeadline_InTheAutumn_FallsInTheYearTheAcademicYearStarts() =>
        Assert.Equal(new DateOnly(2026, 9, 30), AcknowledgementRound.YearlyDeadline(Year2026, SeptemberThirtieth));

    [Fact]
    public void YearlyDeadline_EarlierInTheCalendarThanTheStart_FallsInTheFollowingCalendarYear() =>
        Assert.Equal(new DateOnly(2027, 1, 15), AcknowledgementRound.YearlyDeadline(Year2026, new DayOfYear(1, 15)));

    [Fact]
    public void For_NoPublishedVersion_OwesNothing() =>
        Assert.Null(AcknowledgementRound.For(Year2026, SeptemberThirtieth, []));

    [Fact]
    public void For_VersionFromAnEarlierYear_UsesTheYearlyDeadline()
    {
        var round = AcknowledgementRound.For(Year2026, SeptemberThirtieth, [FirstVersion])!;

        Assert.Equal(new DateOnly(2026, 9, 30), round.Deadline);
        Assert.Equal(1, round.MinimumVersion);
        Assert.Equal(1, round.CurrentVersion);
    }

    [Fact]
    public void For_ReacknowledgeVersionMidYear_OpensARoundWithItsOwnDeadline()
    {
        var reopening = new PublishedVersion(2, new DateOnly(2027, 2, 1), true, new DateOnly(2027, 2, 15));

        var round = AcknowledgementRound.For(Year2026, SeptemberThirtieth, [FirstVersion, reopening])!;

        Assert.Equal(new DateOnly(2027, 2, 15), round.Deadline);
        Assert.Equal(2, round.MinimumVersion);
    }

    [Fact]
    public void For_LaterVersionWithoutReacknowledge_KeepsEarlierAcknowledgementsValid()
    {
        var minor = new PublishedVersion(2, new DateOnly(2027, 2, 1), false, null);

        var round = AcknowledgementRound.For(Year2026, SeptemberThirtieth, [FirstVersion, minor])!;

        Assert.Equal(1, round.MinimumVersion);
        Assert.Equal(2, round.CurrentVersion);
        Assert.Equal(new DateOnly(2026, 9, 30), round.Deadline);
    }

    [Fact]
    public void For_ReacknowledgeDeadlineBeforeTheYearlyOne_UsesTheDateThePublisherChose()
    {
        var early = new PublishedVersion(2, new DateOnly(2026, 9, 5), true, new DateOnly(2026, 9, 19));

        var round = AcknowledgementRound.For(Year2026, SeptemberThirtieth, [FirstVersion, early])!;

        Assert.Equal(new DateOnly(2026, 9, 19), round.Deadline);
    }

    [Theory]
    [InlineData("2026-09-15", AcknowledgementStatus.Outstanding)]
    [InlineData("2026-09-30", AcknowledgementStatus.Outstanding)]
    [InlineData("2026-10-01", AcknowledgementStatus.Overdue)]
    public void DueFor_NotAcknowledged_IsOutstandingUntilTheDeadlineThenOverdue(string today, AcknowledgementStatus expected)
    {
        var due = Round().DueFor(new DateOnly(2019, 9, 1), null, 10, null, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, due.Status);
        Assert.Equal(new DateOnly(2026, 9, 30), due.Deadline);
        Assert.True(due.IsOwed);
    }

    [Fact]
    public void DueFor_AcknowledgedThisYear_IsAcknowledgedEvenAfterTheDeadline()
    {
        var due = Round().DueFor(new DateOnly(2019, 9, 1), null, 10, acknowledgedVersion: 1, new DateOnly(2026, 11, 1));

        Assert.Equal(AcknowledgementStatus.Acknowledged, due.Status);
        Assert.False(due.IsOwed);
    }

    [Fact]
    public void DueFor_AcknowledgedBeforeAReacknowledgeVersion_OwesTheNewVersion()
    {
        var round = AcknowledgementRound.For(Year2026, SeptemberThirtieth, [FirstVersion, new PublishedVersion(2, new DateOnly(2027, 2, 1), true, new DateOnly(2027, 2, 15))])!;

        Assert.Equal(AcknowledgementStatus.Outstanding, round.DueFor(new DateOnly(2019, 9, 1), null, 10, 1, new DateOnly(2027, 2, 10)).Status);
        Assert.Equal(AcknowledgementStatus.Overdue, round.DueFor(new DateOnly(2019, 9, 1), null, 10, 1, new DateOnly(2027, 2, 16)).Status);
        Assert.Equal(AcknowledgementStatus.Acknowledged, round.DueFor(new DateOnly(2019, 9, 1), null, 10, 2, new DateOnly(2027, 2, 16)).Status);
    }

    [Fact]
    public void DueFor_NewStarterAfterTheYearlyDeadline_HasTenWorkingDaysFromStarting()
    {
        // Friday 2 October 2026: ten working days later is Friday 16 October.
        var due = Round().DueFor(new DateOnly(2026, 10, 2), null, 10, null, new DateOnly(2026, 10, 5));

        Assert.Equal(AcknowledgementStatus.NewStarterDue, due.Status);
        Assert.Equal(new DateOnly(2026, 10, 16), due.Deadline);
    }

    [Fact]
    public void DueFor_NewStarterStartingOnASaturday_CountsFromTheMonday()
    {
        var due = Round().DueFor(new DateOnly(2026, 10, 3), null, 10, null, new DateOnly(2026, 10, 5));

        Assert.Equal(new DateOnly(2026, 10, 19), due.Deadline);
    }

    [Fact]
    public void DueFor_NewStarterPastTheirOwnDeadline_IsOverdue() =>
        Assert.Equal(AcknowledgementStatus.Overdue, Round().DueFor(new DateOnly(2026, 10, 2), null, 10, null, new DateOnly(2026, 10, 17)).Status);

    [Fact]
    public void DueFor_StarterWhoseTenDaysEndBeforeTheYearlyDeadline_KeepsTheYearlyDeadline()
    {
        var due = Round().DueFor(new DateOnly(2026, 9, 2), null, 10, null, new DateOnly(2026, 9, 20));

        Assert.Equal(AcknowledgementStatus.Outstanding, due.Status);
        Assert.Equal(new DateOnly(2026, 9, 30), due.Deadline);
    }

    [Fact]
    public void DueFor_Leaver_OwesNothing()
    {
        var due = Round().DueFor(new DateOnly(2019, 9, 1), new DateOnly(2026, 10, 9), 10, null, new DateOnly(2026, 10, 12));

        Assert.Equal(AcknowledgementStatus.Left, due.Status);
        Assert.False(due.IsOwed);
    }

    [Fact]
    public void DueFor_OnTheirLastDay_AnAdultStillOwes() =>
        Assert.Equal(AcknowledgementStatus.Overdue, Round().DueFor(new DateOnly(2019, 9, 1), new DateOnly(2026, 10, 9), 10, null, new DateOnly(2026, 10, 9)).Status);

    private static AcknowledgementRound Round() => AcknowledgementRound.For(Year2026, SeptemberThirtieth, [FirstVersion])!;
}
