using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.UnitTests.Common;

public sealed class DayOfYearTests
{
    [Fact]
    public void Constructor_TwentyNinthOfFebruary_IsRefusedBecauseItIsNotInEveryYear()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new DayOfYear(2, 29));

        Assert.Equal("day", exception.ParamName);
    }

    [Fact]
    public void Constructor_ThirtyFirstOfSeptember_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DayOfYear(9, 31));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Constructor_MonthOutsideOneToTwelve_IsRefused(int month)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new DayOfYear(month, 1));

        Assert.Equal("month", exception.ParamName);
    }

    [Fact]
    public void Constructor_DayZero_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DayOfYear(9, 0));
    }

    [Fact]
    public void Constructor_TwentyEighthOfFebruary_IsAllowed()
    {
        var day = new DayOfYear(2, 28);

        Assert.Equal(2, day.Month);
        Assert.Equal(28, day.Day);
    }

    [Fact]
    public void InYear_GivesThatDateInTheYear()
    {
        Assert.Equal(new DateOnly(2027, 9, 30), new DayOfYear(9, 30).InYear(2027));
    }

    [Theory]
    [InlineData(9, 1, "1 September")]
    [InlineData(9, 30, "30 September")]
    [InlineData(2, 28, "28 February")]
    public void ToString_ReadsAsDayThenMonthName(int month, int day, string expected)
    {
        Assert.Equal(expected, new DayOfYear(month, day).ToString());
    }
}
