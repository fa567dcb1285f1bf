using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Concerns;

public sealed class ConcernReferenceTests
{
    [Theory]
    [InlineData(2026, 1, "RH-2026-0001")]
    [InlineData(2026, 42, "RH-2026-0042")]
    [InlineData(2027, 12345, "RH-2027-12345")]
    public void Format_YearAndNumber_PadsToFourDigits(int year, int number, string expected) =>
        Assert.Equal(expected, ConcernReference.Format(year, number));

    [Fact]
    public void Next_NewYear_StartsAtOneAndCounts()
    {
        var counter = new ConcernYearCounter(2027);

        Assert.Equal([1, 2, 3], new[] { counter.Next(), counter.Next(), counter.Next() });
    }

    [Fact]
    public void Next_EachTime_ChangesTheConcurrencyToken()
    {
        var counter = new ConcernYearCounter(2027);
        var before = counter.Version;

        counter.Next();

        Assert.NotEqual(before, counter.Version);
    }
}
