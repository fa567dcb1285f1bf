using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>How far the adults are with the Social Media Policy, as governors see it: counts by category with small
/// numbers hidden, and the rate overall and per category. Leavers count in no figure.</summary>
public sealed class AcknowledgementFigures
{
    private AcknowledgementFigures(IReadOnlyList<(AdultCategory Category, AcknowledgementStatus Status)> standings)
    {
        var current = standings.Where(s => s.Status != AcknowledgementStatus.Left).ToList();
        FigureTable ByCategory(string title, Func<AcknowledgementStatus, bool> counted) => FigureTable.From(
            title,
            Enum.GetValues<AdultCategory>().Select(category => (category.Describe(), current.Count(s => s.Category == category && counted(s.Status)))));

        Acknowledged = ByCategory("Acknowledged", status => status == AcknowledgementStatus.Acknowledged);
        Overdue = ByCategory("Overdue", status => status == AcknowledgementStatus.Overdue);
        NewStartersPending = ByCategory("New starters within their 10 working days", status => status == AcknowledgementStatus.NewStarterDue);

        // A category's adults and rate, beside counts of it that are shown, would give away one that is hidden
        // (after the deadline, overdue = adults - acknowledged - new starters), so they are withheld with it.
        var categories = Enum.GetValues<AdultCategory>();
        var withheld = categories.Select((_, i) => Acknowledged.Rows[i].Figure.IsHidden || Overdue.Rows[i].Figure.IsHidden || NewStartersPending.Rows[i].Figure.IsHidden).ToList();
        Expected = FigureTable.From(
            "Adults who must acknowledge",
            categories.Select((category, i) => (category.Describe(), new Figure(current.Count(s => s.Category == category)) { IsWithheld = withheld[i] })));
        Overall = new Rate(current.Count(s => s.Status == AcknowledgementStatus.Acknowledged), current.Count);
        RateByCategory = categories
            .Select((category, i) => new Rate(
                current.Count(s => s.Category == category && s.Status == AcknowledgementStatus.Acknowledged),
                current.Count(s => s.Category == category)) { IsWithheld = withheld[i] })
            .ToList();
    }

    public FigureTable Expected { get; }

    public FigureTable Acknowledged { get; }

    public FigureTable Overdue { get; }

    public FigureTable NewStartersPending { get; }

    public Rate Overall { get; }

    /// <summary>In the order of <see cref="AdultCategory"/>, as the rows of the tables.</summary>
    public IReadOnlyList<Rate> RateByCategory { get; }

    public static AcknowledgementFigures From(IEnumerable<(AdultCategory Category, AcknowledgementStatus Status)> standings)
    {
        ArgumentNullException.ThrowIfNull(standings);
        return new AcknowledgementFigures(standings.ToList());
    }
}
