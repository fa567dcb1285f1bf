using RackHouse.Conduct.Domain.Compliance;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>A horizontal bar chart drawn on the server as SVG (no script): its title names it for screen readers, and
/// its summary, shown beneath it, describes it; the page shows the same data as a table beside it.</summary>
public sealed record BarChart(string Id, string Title, string Summary, IReadOnlyList<ChartBar> Bars, int Maximum)
{
    public const int Width = 640;
    public const int LabelWidth = 200;
    public const int ValueWidth = 170;
    public const int BarHeight = 24;
    public const int Gap = 8;

    public int Height => Bars.Count * (BarHeight + Gap) + Gap;

    public static int Top(int index) => Gap + index * (BarHeight + Gap);

    /// <summary>A bar for each row of a breakdown, scaled to its largest row shown; a hidden row has no bar.</summary>
    public static BarChart Of(string id, string title, string summary, FigureTable figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new BarChart(
            id,
            title,
            summary,
            figures.Rows.Select(row => new ChartBar(row.Label, row.Figure.Shown, row.Figure.ToString())).ToList(),
            Math.Max(1, figures.Rows.Select(row => row.Figure.Shown ?? 0).DefaultIfEmpty(0).Max()));
    }

    /// <summary>The length of a bar in SVG units; a bar with no value (hidden or none due) has none.</summary>
    public int Length(ChartBar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        var room = Width - LabelWidth - ValueWidth;
        return bar.Value is { } value && Maximum > 0 ? (int)Math.Round(room * Math.Clamp(value / Maximum, 0, 1)) : 0;
    }
}
