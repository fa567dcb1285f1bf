using RackHouse.Conduct.Domain.Compliance;

namespace RackHouse.Conduct.UnitTests.Compliance;

public sealed class LinkedTablesTests
{
    [Fact]
    public void Withhold_OneRowHiddenBesideItsTotal_WithholdsTheSmallestRowShownSoTheTotalCannotGiveItAway()
    {
        // 21 concerns reported: without the second withheld row, 21 - 12 - 6 would give the hidden 3.
        var (total, rows) = TotalAndRows([12, 3, 0, 6]);

        Assert.Equal("21", total.Rows[0].Figure.ToString());
        Assert.Equal(["12", "fewer than 5", "0", "not shown"], rows.Rows.Select(row => row.Figure.ToString()));
        Assert.Equal(12, rows.Total.Count);
    }

    [Theory]
    [InlineData(new[] { 12, 1, 1 }, new[] { "not shown", "fewer than 5", "fewer than 5" })]
    [InlineData(new[] { 12, 4, 4 }, new[] { "not shown", "fewer than 5", "fewer than 5" })]
    [InlineData(new[] { 12, 1, 5 }, new[] { "not shown", "fewer than 5", "not shown" })]
    [InlineData(new[] { 9, 2, 1 }, new[] { "9", "fewer than 5", "fewer than 5" })]
    public void Withhold_HiddenRowsWhoseSumPinsThemDown_WithholdsMore(int[] counts, string[] shown)
    {
        // Two hidden rows summing to 2 are both 1, to 8 both 4; a hidden row beside one withheld 5 would be 1.
        var (_, rows) = TotalAndRows(counts);

        Assert.Equal(shown, rows.Rows.Select(row => row.Figure.ToString()));
    }

    [Fact]
    public void Withhold_TwoFoursAndNothingElse_WithholdsTheTotal()
    {
        var (total, rows) = TotalAndRows([4, 4]);

        Assert.Equal("not shown", total.Rows[0].Figure.ToString());
        Assert.Equal(["fewer than 5", "fewer than 5"], rows.Rows.Select(row => row.Figure.ToString()));
    }

    /// <summary>Every table of three rows of 0 to 9, and of four rows of 0 to 6, beside its total: whenever the total is
    /// shown, every row not shown has at least two values that fit its label ("fewer than 5": 1 to 4; "not shown": 5
    /// or more) and the total less the rows shown.</summary>
    [Fact]
    public void Withhold_EveryTableOfSmallCountsBesideItsTotal_LeavesEachRowNotShownWithTwoPossibleValues()
    {
        foreach (var counts in Tables(3, 9).Concat(Tables(4, 6)))
        {
            var (total, table) = TotalAndRows(counts);
            if (total.Rows[0].Figure.IsHidden)
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

    [Fact]
    public void Withhold_ASubsetSharedOutByAnotherTable_ProtectsItsRowsFromTheRowsOfTheFirst()
    {
        // Things are red or blue, and the blue ones round or square. Shown: 10 things, 3 red (hidden), 7 blue. The
        // blue 7 split as 5 round and 2 square: the 2 is hidden, and 7 - 5 would give it away, and 10 - 7 the red 3.
        var possible = new[] { "red", "blue round", "blue square" };
        List<string> things = [.. Enumerable.Repeat("red", 3), .. Enumerable.Repeat("blue round", 5), .. Enumerable.Repeat("blue square", 2)];
        var tables = new LinkedTables<string>(possible, things);
        tables.Add("All", [("All", _ => true)]);
        tables.Add("By colour", [("Red", k => k == "red"), ("Blue", k => k.StartsWith("blue", StringComparison.Ordinal))]);
        tables.Add("Blue by shape", [("Round", k => k == "blue round"), ("Square", k => k == "blue square")]);

        var safe = tables.Withhold();

        Assert.Equal("fewer than 5", safe[1].Rows[0].Figure.ToString());
        Assert.True(safe[0].Rows[0].Figure.IsHidden || safe[1].Rows[1].Figure.IsHidden);
        Assert.Equal("fewer than 5", safe[2].Rows[1].Figure.ToString());
        Assert.True(safe[1].Rows[1].Figure.IsHidden || safe[2].Rows[0].Figure.IsHidden);
    }

    [Fact]
    public void Withhold_NothingHidden_ShowsEveryRow()
    {
        var (total, rows) = TotalAndRows([5, 0, 7]);

        Assert.False(total.HidesRows);
        Assert.False(rows.HidesRows);
        Assert.Equal(12, rows.Total.Count);
    }

    /// <summary>A one-row table of the total and a table of rows sharing it out.</summary>
    private static (FigureTable Total, FigureTable Rows) TotalAndRows(int[] counts)
    {
        var tables = new LinkedTables<int>(
            Enumerable.Range(0, counts.Length).ToList(),
            counts.SelectMany((count, row) => Enumerable.Repeat(row, count)).ToList());
        tables.Add("All", [("All", _ => true)]);
        tables.Add("Rows", counts.Select((_, row) => ($"Row {row}", (Func<int, bool>)(k => k == row))));
        var safe = tables.Withhold();
        return (safe[0], safe[1]);
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
}
