using RackHouse.Conduct.Domain.Compliance;

namespace RackHouse.Conduct.UnitTests.Compliance;

public sealed class FigureTableTests
{
    [Fact]
    public void Total_OneRowHidden_CountsOnlyTheRowsShownSoTheHiddenRowCannotBeWorkedOut()
    {
        var table = FigureTable.From("Adults by category", [("Teaching staff", 12), ("Volunteers", 3), ("Governors", 9)]);

        Assert.Equal(21, table.Total.Count);
        Assert.True(table.HidesRows);
        Assert.Equal("fewer than 5", table.Rows[1].Figure.ToString());
        Assert.Null(table.Rows[1].Figure.Shown);
    }

    [Fact]
    public void Total_NothingHidden_IsTheWholeCount()
    {
        var table = FigureTable.From("Concerns by status", [("New", 5), ("Closed", 0), ("Triaged", 7)]);

        Assert.Equal(12, table.Total.Count);
        Assert.False(table.HidesRows);
    }

    [Fact]
    public void Total_EveryRowHidden_IsZeroRatherThanASmallNumberThatCouldBeSplitAgain()
    {
        var table = FigureTable.From("Referrals by type", [("LADO", 2), ("Police", 1)]);

        Assert.Equal("0", table.Total.ToString());
        Assert.True(table.HidesRows);
    }
}
