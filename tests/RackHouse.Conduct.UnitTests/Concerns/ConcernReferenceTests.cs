using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Concerns;

public sealed class ConcernReferenceTests
{
    [Theory]
    [InlineData(2026, 1, "RH-2026-0001")]
    [InlineData(2026, 42, "RH-2026-0042")]
    [InlineData(2027, 12345, "RH-2027-12345")]
    public void Format_HeadteachersCase_PadsToFourDigits(int year, int number, string expected) =>
        Assert.Equal(expected, ConcernReference.Format(year, number, CaseManager.Headteacher));

    [Theory]
    [InlineData(2026, 1, "RH-2026-G001")]
    [InlineData(2026, 1234, "RH-2026-G1234")]
    public void Format_ChairsCase_IsASeriesOfItsOwnSoTheHeadteachersHasNoGaps(int year, int number, string expected) =>
        Assert.Equal(expected, ConcernReference.Format(year, number, CaseManager.ChairOfGovernors));

    [Fact]
    public void Next_NewYear_StartsAtOneAndCounts()
    {
        var counter = new ConcernYearCounter(2027, CaseManager.Headteacher);

        Assert.Equal([1, 2, 3], new[] { counter.Next(), counter.Next(), counter.Next() });
    }

    [Fact]
    public void Next_EachTime_ChangesTheConcurrencyToken()
    {
        var counter = new ConcernYearCounter(2027, CaseManager.Headteacher);
        var before = counter.Version;

        counter.Next();

        Assert.NotEqual(before, counter.Version);
    }
}
