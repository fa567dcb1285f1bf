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

    [Theory]
    [InlineData(new[] { 12, 1, 1 }, new[] { "not shown", "fewer than 5", "fewer than 5" })]
    [InlineData(new[] { 12, 4, 4 }, new[] { "not shown", "fewer than 5", "fewer than 5" })]
    [InlineData(new[] { 12, 1, 5 }, new[] { "not shown", "fewer than 5", "not shown" })]
    [InlineData(new[] { 9, 2, 1 }, new[] { "9", "fewer than 5", "fewer than 5" })]
    public void Breakdown_HiddenRowsWhoseSumPinsThemDown_WithholdsMore(int[] counts, string[] shown)
    {
        // Two hidden rows summing to 2 are both 1, to 8 both 4; a hidden row beside one withheld 5 would be 1.
        var table = FigureTable.Breakdown("Concerns by status", counts.Select((count, i) => ($"Row {i}", count)));

        Assert.Equal(shown, table.Rows.Select(row => row.Figure.ToString()));
    }

    [Fact]
    public void Breakdown_TwoFoursAndNothingElse_SaysTheHeadlineMustBeWithheld()
    {
        var table = FigureTable.Breakdown("Concerns by month", [("September 2026", 4), ("October 2026", 4)]);

        Assert.True(table.GivesAwayRowsWithTotal);
    }

    /// <summary>Every table of three rows of 0 to 9, and of four rows of 0 to 6: whenever the headline (the true total)
    /// may be shown beside it, every row not shown has at least two values that fit its label ("fewer than 5": 1 to
    /// 4; "not shown": 5 or more) and the headline less the rows shown.</summary>
    [Fact]
    public void Breakdown_EveryTableOfSmallCounts_LeavesEachRowNotShownWithTwoPossibleValues()
    {
        var tables = Tables(3, 9).Concat(Tables(4, 6));
        foreach (var counts in tables)
        {
            var table = FigureTable.Breakdown("Any", counts.Select((count, i) => ($"Row {i}", count)));
            if (table.GivesAwayRowsWithTotal)
            {
                continue;
            }

            var notShown = table.Rows.Select((row, i) => (row.Figure, i)).Where(row => row.Figure.IsHidden).ToList();
            var sum = notShown.Sum(row => row.Figure.Count);
            foreach (var (figure, index) in notShown)
            {
                var possible = Assignments(notShown.Select(row => row.Figure).ToList(), sum)
                    .Select(values => values[notShown.FindIndex(row => row.i == index)])
                    .Distinct()
                    .Count();
                Assert.True(possible >= 2, $"Row {index} of [{string.Join(", ", counts)}] can only be {figure.Count}.");
            }
        }
    }

    private static IEnumerable<int[]> Tables(int rows, int most) =>
        rows == 0 ? [[]] : Tables(rows - 1, most).SelectMany(rest => Enumerable.Range(0, most + 1).Select(count => rest.Append(count).ToArray()));

    /// <summary>Every way to give the rows not shown values that fit their labels and add up to the sum.</summary>
    private static IEnumerable<int[]> Assignments(List<Figure> labels, int sum)
    {
        if (labels.Count == 0)
        {
            return sum == 0 ? [[]] : [];
        }

        var (least, most) = labels[0].ToString() == "fewer than 5" ? (1, 4) : (5, sum);
        return Enumerable.Range(least, Math.Max(0, Math.Min(most, sum) - least + 1))
            .SelectMany(value => Assignments(labels.Skip(1).ToList(), sum - value).Select(rest => rest.Prepend(value).ToArray()));
    }

    [Fact]
    public void Breakdown_NothingHidden_ShowsEveryRow()
    {
        var table = FigureTable.Breakdown("Concerns by month", [("September 2026", 5), ("October 2026", 0), ("November 2026", 7)]);

        Assert.False(table.HidesRows);
        Assert.Equal(12, table.Total.Count);
    }
}
