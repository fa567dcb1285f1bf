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

    /// <summary>A breakdown of a set whose size is shown elsewhere (as a headline, or as another breakdown's rows).
    /// The single hidden row of such a table would be that size less the rows shown, so when exactly one row is
    /// hidden the smallest row shown beside it is withheld too.</summary>
    public static FigureTable Breakdown(string title, IEnumerable<(string Label, int Count)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var figures = rows.Select(row => (row.Label, Figure: new Figure(row.Count))).ToList();
        if (figures.Count(row => row.Figure.IsHidden) == 1)
        {
            var smallest = Enumerable.Range(0, figures.Count)
                .Where(i => figures[i].Figure.Count > 0 && !figures[i].Figure.IsHidden)
                .OrderBy(i => figures[i].Figure.Count)
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (smallest is { } index)
            {
                figures[index] = (figures[index].Label, figures[index].Figure with { IsWithheld = true });
            }
        }

        return From(title, figures);
    }

    public static FigureTable From(string title, IEnumerable<(string Label, Figure Figure)> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(rows);
        return new FigureTable(title, rows.Select(row => new FigureRow(row.Label, row.Figure)).ToList());
    }
}
