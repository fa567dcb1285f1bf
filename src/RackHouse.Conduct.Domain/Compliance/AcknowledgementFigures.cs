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

        Expected = ByCategory("Adults who must acknowledge", _ => true);
        Acknowledged = ByCategory("Acknowledged", status => status == AcknowledgementStatus.Acknowledged);
        Overdue = ByCategory("Overdue", status => status == AcknowledgementStatus.Overdue);
        NewStartersPending = ByCategory("New starters within their 10 working days", status => status == AcknowledgementStatus.NewStarterDue);
        Overall = new Rate(current.Count(s => s.Status == AcknowledgementStatus.Acknowledged), current.Count);
        RateByCategory = Enum.GetValues<AdultCategory>()
            .Select(category => new Rate(
                current.Count(s => s.Category == category && s.Status == AcknowledgementStatus.Acknowledged),
                current.Count(s => s.Category == category)))
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
