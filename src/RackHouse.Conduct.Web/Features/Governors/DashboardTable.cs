using RackHouse.Conduct.Domain.Compliance;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>One table of the dashboard, as the page shows it and its CSV export holds it.</summary>
/// <param name="Name">The table's name in its export's address and file name, and its caption's id.</param>
/// <param name="Subject">What it counts, as a link to download it names it: "concerns by category".</param>
/// <param name="EndsWithTotal">Whether the last row is the "Total shown" row.</param>
public sealed record DashboardTable(string Name, string Caption, string Subject, string[] Header, IReadOnlyList<string[]> Rows, bool EndsWithTotal)
{
    public const string TotalShown = "Total shown";

    /// <summary>A breakdown of one count, one row for each label and the total of the rows shown last.</summary>
    public static DashboardTable Of(string name, string caption, string subject, string labelHeader, string countHeader, FigureTable figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new DashboardTable(
            name,
            caption,
            subject,
            [labelHeader, countHeader],
            [.. figures.Rows.Select(row => new[] { row.Label, row.Figure.ToString() }), [TotalShown, figures.Total.ToString()]],
            EndsWithTotal: true);
    }
}
