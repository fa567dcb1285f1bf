using RackHouse.Conduct.Domain.Compliance;

namespace RackHouse.Conduct.UnitTests.Compliance;

public sealed class RateTests
{
    [Theory]
    [InlineData(40, 40, "100%")]
    [InlineData(30, 40, "75%")]
    [InlineData(199, 200, "all but fewer than 5")]
    [InlineData(3, 4, "fewer than 5 due")]
    [InlineData(0, 5, "0%")]
    [InlineData(0, 0, "none due")]
    public void ToString_SmallGroupsAndSmallRemainders_AreHidden(int done, int outOf, string shown)
    {
        Assert.Equal(shown, new Rate(done, outOf).ToString());
    }

    [Fact]
    public void Percent_JustShortOfAll_RoundsDownSoItNeverClaimsEveryone()
    {
        Assert.Equal(99, new Rate(995, 1000).Percent);
    }

    [Theory]
    [InlineData(new double[] { 3, 1, 2, 5, 4 }, 3.0)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6 }, 3.5)]
    public void Median_FiveOrMoreValues_IsTheMiddle(double[] values, double expected)
    {
        Assert.Equal(expected, Median.Of(values));
    }

    [Fact]
    public void Median_FewerThanFiveValues_IsNotGivenBecauseItWouldDescribeThoseCases()
    {
        Assert.Null(Median.Of([2, 8, 4, 1]));
    }
}
