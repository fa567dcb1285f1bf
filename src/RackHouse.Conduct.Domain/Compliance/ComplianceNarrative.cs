using RackHouse.Conduct.Domain.Common;

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
            overall switch
            {
                { Percent: { } percent } => $"By {asAt}, {percent}% of the adults who must acknowledge the Social Media Policy had done so.",
                { IsWithheld: true } => $"By {asAt}, the share of adults who had acknowledged the Social Media Policy is not shown, because it would give a smaller number away.",
                _ when new Figure(overall.OutOf).IsHidden => $"Fewer than 5 adults had to acknowledge the Social Media Policy by {asAt}.",
                _ => $"By {asAt}, all but fewer than 5 of the adults who must acknowledge the Social Media Policy had done so.",
            },
            Counted(figures.Overdue, "adults", "were overdue"),
            Counted(figures.NewStartersPending, "new starters", "were still within their first working days"),
        };
        if (lastYear is { } previous && previous.OutOf > 0)
        {
            sentences.Add(previous switch
            {
                { Percent: { } last } => $"At the end of last academic year the figure was {last}%.",
                { IsWithheld: true } => "Last academic year's figure is not shown.",
                _ when new Figure(previous.OutOf).IsHidden => "At the end of last academic year fewer than 5 adults had to acknowledge it.",
                _ => "At the end of last academic year all but fewer than 5 adults had acknowledged it.",
            });
        }

        return sentences;
    }

    public static IReadOnlyList<string> FamilyLinks(FamilyLinkFigures figures, string asAt)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var total = figures.ByStatus.Total;
        return
        [
            (total.Count, figures.ByStatus.HidesRows) switch
            {
                (0, false) => $"No family link with a pupil had been declared by {asAt}.",
                (0, true) => $"Fewer than 5 family links with pupils had been declared at each status by {asAt}.",
                _ => $"By {asAt}, {total} family links with pupils had been declared{(figures.ByStatus.HidesRows ? ", besides statuses with fewer than 5" : string.Empty)}.",
            },
            figures.MedianDaysToAcknowledge is { } median
                ? $"The Headteacher typically acknowledged a declaration {Days(median, "day")} after it was made."
                : "Fewer than 5 declarations were acknowledged in the period, so no typical time is given.",
            figures.WaitingTooLong.Count == 0
                ? $"None was waiting more than {FamilyLinkFigures.WaitingWorkingDays} working days for acknowledgement."
                : $"{Capitalised(figures.WaitingTooLong.ToString())} were waiting more than {FamilyLinkFigures.WaitingWorkingDays} working days for acknowledgement.",
        ];
    }

    /// <summary>The concerns reported in <paramref name="period"/>, as they stood on the day the figures stand at.</summary>
    public static IReadOnlyList<string> Concerns(ConcernFigures figures, ReportingPeriod period, string asAt)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Reported.Count == 0)
        {
            return [$"By {asAt}, no concern had been reported in {period.InSentence}."];
        }

        return
        [
            figures.Reported.IsWithheld
                ? $"By {asAt}, concerns had been reported in {period.InSentence}; their number is not shown, because it would give a smaller number away."
                : $"By {asAt}, {figures.Reported} concerns had been reported in {period.InSentence}.",
            figures.LowLevelConcerns.Count == 0 && figures.Allegations.Count == 0
                ? "None of them had been triaged as a low-level concern or as an allegation."
                : $"The case manager had triaged {Number(figures.LowLevelConcerns)} of them as low-level concerns and {Number(figures.Allegations)} as allegations that met the harm threshold.",
            figures.MedianWorkingDaysToTriage switch
            {
                null => "No typical time to triage is given: too few had been triaged, or it would give a number away.",
                0 => "They were typically triaged on the working day they were reported.",
                var days => $"They were typically triaged {Days(days.Value, "working day")} after they were reported.",
            },
            figures.Closed switch
            {
                { Count: 0 } => "None of them had been closed.",
                { IsWithheld: true } => "Some of them had been closed; their number is not shown.",
                var closed => $"{Capitalised(closed.ToString())} of them had been closed.",
            },
            figures.MedianDaysToClose is { } close
                ? $"Those closed typically took {Days(close, "day")} from report to closure."
                : "No typical time to close is given: too few had been closed, or it would give a number away.",
            figures.Overdue.IsWithheld
                ? $"How many of them were overdue for triage or for contact with the local authority designated officer (LADO) on {asAt} is not shown."
                : figures.Overdue.Count == 0
                ? $"None of them was overdue for triage or for contact with the local authority designated officer (LADO) on {asAt}."
                : $"{Capitalised(Number(figures.Overdue))} of them were overdue for triage or for contact with the local authority designated officer (LADO) on {asAt}.",
            (figures.Referrals.Total.Count, figures.Referrals.HidesRows) switch
            {
                (0, false) => "No referral to another agency had been made about them.",
                (0, true) => "Referrals to other agencies had been made about them; the number to each agency is not shown.",
                (var total, false) => $"{total} referrals to other agencies had been made about them.",
                (var total, true) => $"{total} referrals to other agencies had been made about them, not counting agencies whose numbers are not shown.",
            },
        ];
    }

    /// <summary>"1 day", "2.5 working days".</summary>
    public static string Days(double days, string unit) => days == 1 ? $"1 {unit}" : $"{days:0.#} {unit}s";

    /// <summary>A figure as a sentence counts it: "none", "fewer than 5", "12", or "some (the number is not shown)".</summary>
    private static string Number(Figure figure) => figure switch
    {
        { Count: 0 } => "none",
        { IsWithheld: true } => "some (the number is not shown)",
        _ => figure.ToString(),
    };

    /// <summary>A count from a table: its total counts only the rows shown, and a hidden row is "fewer than 5" or,
    /// when withheld, of any size.</summary>
    private static string Counted(FigureTable table, string noun, string predicate)
    {
        var total = table.Total.Count;
        if (table.Rows.Any(row => row.Figure.IsWithheld))
        {
            return total == 0
                ? $"Some {noun} {predicate}; how many in each category is not shown."
                : $"{total} {noun} {predicate} in the categories shown; how many in the others is not shown.";
        }

        return (total, table.HidesRows) switch
        {
            (0, false) => $"No {noun} {predicate}.",
            (0, true) => $"Fewer than 5 {noun} {predicate} in each category that had any.",
            (_, false) => $"{total} {noun} {predicate}.",
            (_, true) => $"{total} {noun} {predicate}, and fewer than 5 in each of some other categories.",
        };
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
