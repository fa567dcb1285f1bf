namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>A breakdown of one count (by category, status, month...) made safe to show. Rows of 1 to 4 are hidden,
/// and the total is the sum of the rows shown only, so no hidden row can be worked out by subtracting the others
/// from it; where other figures beside it could, <see cref="LinkedTables{TKind}"/> withholds more.
/// <see cref="HidesRows"/> tells the page to say so.</summary>
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

    public static FigureTable From(string title, IEnumerable<(string Label, Figure Figure)> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(rows);
        return new FigureTable(title, rows.Select(row => new FigureRow(row.Label, row.Figure)).ToList());
    }
}
