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

    [Fact]
    public void Breakdown_OneRowHidden_WithholdsTheSmallestRowShownSoTheHeadlineCannotGiveItAway()
    {
        // 21 concerns reported: without the second withheld row, 21 - 12 - 6 would give the hidden 3.
        var table = FigureTable.Breakdown("Concerns by category", [("Trolling", 12), ("Cyberbullying", 3), ("Extremism", 0), ("Other", 6)]);

        Assert.Equal(["12", "fewer than 5", "0", "not shown"], table.Rows.Select(row => row.Figure.ToString()));
        Assert.Equal(12, table.Total.Count);
    }

    [Fact]
    public void Breakdown_TwoRowsHidden_WithholdsNothingMore()
    {
        var table = FigureTable.Breakdown("Concerns by status", [("New", 2), ("Triaged", 1), ("Closed", 9)]);

        Assert.Equal(["fewer than 5", "fewer than 5", "9"], table.Rows.Select(row => row.Figure.ToString()));
        Assert.Equal(9, table.Total.Count);
    }

    [Fact]
    public void Breakdown_NothingHidden_ShowsEveryRow()
    {
        var table = FigureTable.Breakdown("Concerns by month", [("September 2026", 5), ("October 2026", 0), ("November 2026", 7)]);

        Assert.False(table.HidesRows);
        Assert.Equal(12, table.Total.Count);
    }
}
