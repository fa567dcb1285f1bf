using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.UnitTests.Common;

public sealed class WorkingDaysTests
{
    // 6 November 2026 is a Friday; 7 and 8 November are the weekend.
    private static readonly DateOnly Friday = new(2026, 11, 6);
    private static readonly DateOnly Saturday = new(2026, 11, 7);
    private static readonly DateOnly Sunday = new(2026, 11, 8);
    private static readonly DateOnly Monday = new(2026, 11, 9);

    [Theory]
    [InlineData(2026, 11, 6, true)]
    [InlineData(2026, 11, 7, false)]
    [InlineData(2026, 11, 8, false)]
    [InlineData(2026, 11, 9, true)]
    public void IsWorkingDay_WeekdayOrWeekend_OnlyWeekdaysCount(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, WorkingDays.IsWorkingDay(new DateOnly(year, month, day)));

    [Fact]
    public void Add_WithinOneWeek_CountsEachWeekday()
    {
        Assert.Equal(new DateOnly(2026, 11, 13), WorkingDays.Add(Monday, 4));
    }

    [Fact]
    public void Add_OneFromFriday_SkipsTheWeekendToMonday()
    {
        Assert.Equal(Monday, WorkingDays.Add(Friday, 1));
    }

    [Fact]
    public void Add_TenFromMonday_SkipsOneWeekendToTheMondayTwoWeeksLater()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), WorkingDays.Add(Monday, 10));
    }

    [Fact]
    public void Add_ZeroFromWeekday_GivesTheSameDay()
    {
        Assert.Equal(Friday, WorkingDays.Add(Friday, 0));
    }

    [Fact]
    public void Add_ZeroFromSaturday_GivesMonday()
    {
        Assert.Equal(Monday, WorkingDays.Add(Saturday, 0));
    }

    [Fact]
    public void Add_ZeroFromSunday_GivesMonday()
    {
        Assert.Equal(Monday, WorkingDays.Add(Sunday, 0));
    }

    [Fact]
    public void Add_OneFromSaturday_CountsFromMondayAndGivesTuesday()
    {
        Assert.Equal(new DateOnly(2026, 11, 10), WorkingDays.Add(Saturday, 1));
    }

    [Fact]
    public void Add_NegativeCount_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(Monday, -1));
    }

    [Fact]
    public void Between_SameDayAndNextWorkingDay_CountZeroAndOne()
    {
        Assert.Equal(0, WorkingDays.Between(Friday, Friday));
        Assert.Equal(1, WorkingDays.Between(Friday, Monday));
        Assert.Equal(0, WorkingDays.Between(Saturday, Sunday));
    }

    [Fact]
    public void Between_FromAWeekend_CountsAsTheTriageClockDoes()
    {
        // A report on Saturday is due for triage on Monday (0 working days) or Tuesday (1).
        Assert.Equal(0, WorkingDays.Between(Saturday, Monday));
        Assert.Equal(1, WorkingDays.Between(Saturday, Monday.AddDays(1)));
        Assert.Equal(WorkingDays.Add(Saturday, 1), Monday.AddDays(1));
    }

    [Fact]
    public void Between_MondayToNextMonday_SkipsTheWeekend()
    {
        Assert.Equal(5, WorkingDays.Between(Monday, Monday.AddDays(7)));
        Assert.Equal(Monday.AddDays(7), WorkingDays.Add(Monday, WorkingDays.Between(Monday, Monday.AddDays(7))));
    }
}
