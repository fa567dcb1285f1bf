using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>A breakdown of one count (by category, status, month...) made safe to show. Rows of 1 to 4 are hidden,
/// and the total is the sum of the rows shown only, so no hidden row can be worked out by subtracting the others
/// from it. <see cref="HidesRows"/> tells the page to say so.</summary>
public sealed class FigureTable
{
    private FigureTable(string title, IReadOnlyList<FigureRow> rows)
    {
        Title = title;
        Rows = rows;
        Total = new Figure(rows.Sum(row => row.Figure.Shown ?? 0));
    }

    public string Title { get; }

    public IReadOnlyList<FigureRow> Rows { get; }

    public Figure Total { get; }

    public bool HidesRows => Rows.Any(row => row.Figure.IsHidden);

    public static FigureTable From(string title, IEnumerable<(string Label, int Count)> rows) =>
        From(title, rows.Select(row => (row.Label, new Figure(row.Count))));

    /// <summary>A breakdown of a set whose size is shown elsewhere (as a headline). That size less the rows shown is
    /// the sum of the rows not shown, and a reader who knows a hidden row is 1 to 4 and a withheld one 5 or more could
    /// pin a row down from it: one hidden row alone, two hidden rows summing to 2 (both 1) or to 8 (both 4). So rows
    /// are withheld, smallest first, until no row not shown has a single possible value.
    /// <see cref="GivesAwayRowsWithTotal"/> says when even withholding every row is not enough.</summary>
    public static FigureTable Breakdown(string title, IEnumerable<(string Label, int Count)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var figures = rows.Select(row => (row.Label, Figure: new Figure(row.Count))).ToList();
        while (RowsNotShownArePinned(figures.Select(row => row.Figure).ToList()))
        {
            var smallest = Enumerable.Range(0, figures.Count)
                .Where(i => figures[i].Figure.Count > 0 && !figures[i].Figure.IsHidden)
                .OrderBy(i => figures[i].Figure.Count)
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (smallest is not { } index)
            {
                return new FigureTable(title, figures.Select(row => new FigureRow(row.Label, row.Figure)).ToList()) { GivesAwayRowsWithTotal = true };
            }

            figures[index] = (figures[index].Label, figures[index].Figure with { IsWithheld = true });
        }

        return From(title, figures);
    }

    /// <summary>True when the size of the set broken down, shown beside this table, would give away a row not shown:
    /// that size must then be withheld too.</summary>
    public bool GivesAwayRowsWithTotal { get; private init; }

    /// <summary>Whether some row not shown has only one value that fits what the reader knows: its label ("fewer than
    /// 5" is 1 to 4, "not shown" 5 or more, and no more than the smallest row shown, since rows are withheld smallest
    /// first) and the sum of the rows not shown.</summary>
    private static bool RowsNotShownArePinned(IReadOnlyList<Figure> figures)
    {
        var notShown = figures.Where(f => f.IsHidden).ToList();
        long smallestShown = figures.Where(f => !f.IsHidden && f.Count > 0).Select(f => f.Count).DefaultIfEmpty(int.MaxValue).Min();
        long Least(Figure f) => f.IsWithheld ? SmallNumber.Threshold : 1;
        long Most(Figure f) => f.IsWithheld ? smallestShown : SmallNumber.Threshold - 1;
        long sum = notShown.Sum(f => f.Count);
        var leastSum = notShown.Sum(Least);
        var mostSum = notShown.Sum(Most);
        return notShown.Any(f =>
            Math.Min(Most(f), sum - (leastSum - Least(f))) <= Math.Max(Least(f), sum - (mostSum - Most(f))));
    }

    /// <summary>The same rows with every count above 0 withheld: for when the size of the set must not be known.</summary>
    public FigureTable Withheld() =>
        new(Title, Rows.Select(row => row with { Figure = row.Figure.Count > 0 ? row.Figure with { IsWithheld = true } : row.Figure }).ToList());

    public static FigureTable From(string title, IEnumerable<(string Label, Figure Figure)> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(rows);
        return new FigureTable(title, rows.Select(row => new FigureRow(row.Label, row.Figure)).ToList());
    }
}
