using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.UnitTests.Common;

public sealed class SmallNumberTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "fewer than 5")]
    [InlineData(2, "fewer than 5")]
    [InlineData(4, "fewer than 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1234")]
    public void Display_Count_HidesOnlyOneToFour(int count, string expected)
    {
        Assert.Equal(expected, SmallNumber.Display(count));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void IsSuppressed_Count_TrueOnlyForOneToFour(int count, bool expected)
    {
        Assert.Equal(expected, SmallNumber.IsSuppressed(count));
    }
}
