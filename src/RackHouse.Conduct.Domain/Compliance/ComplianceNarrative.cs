namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>The short paragraphs of the termly report, written from the figures alone and under the same
/// small-number rule, so the text gives away nothing the tables hide.</summary>
public static class ComplianceNarrative
{
    /// <param name="asAt">The date the figures stand at, as the report writes dates.</param>
    /// <param name="lastYear">Last academic year's rate at its end, when there was one.</param>
    public static IReadOnlyList<string> Acknowledgement(AcknowledgementFigures figures, string asAt, Rate? lastYear)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var overall = figures.Overall;
        if (overall.OutOf == 0)
        {
            return [$"No adult had to acknowledge the Social Media Policy by {asAt}."];
        }

        var sentences = new List<string>
        {
            overall.Percent is { } percent
                ? $"By {asAt}, {percent}% of the adults who must acknowledge the Social Media Policy had done so."
                : new Figure(overall.OutOf).IsHidden
                    ? $"Fewer than 5 adults had to acknowledge the Social Media Policy by {asAt}."
                    : $"By {asAt}, all but fewer than 5 of the adults who must acknowledge the Social Media Policy had done so.",
            Counted(figures.Overdue, "adults", "were overdue"),
            Counted(figures.NewStartersPending, "new starters", "were still within their first working days"),
        };
        if (lastYear is { } previous && previous.OutOf > 0)
        {
            sentences.Add(previous.Percent is { } last
                ? $"At the end of last academic year the figure was {last}%."
                : "At the end of last academic year all but fewer than 5 adults had acknowledged it.");
        }

        return sentences;
    }

    /// <summary>A count from a table: its total counts only the rows shown, which are 0 or 5 and over.</summary>
    private static string Counted(FigureTable table, string noun, string predicate) => (table.Total.Count, table.HidesRows) switch
    {
        (0, false) => $"No {noun} {predicate}.",
        (0, true) => $"Fewer than 5 {noun} {predicate} in each category that had any.",
        (var total, false) => $"{total} {noun} {predicate}.",
        (var total, true) => $"{total} {noun} {predicate}, and fewer than 5 in each of some other categories.",
    };
}
