using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>How far the adults are with the Social Media Policy, as governors see it: counts by category with small
/// numbers hidden, and the rate overall and per category. Leavers count in no figure. Every adult counted stands in
/// one column (acknowledged, not yet due, new starter, overdue), so the columns add up to the adults, and the tables
/// are made safe together (<see cref="LinkedTables{TKind}"/>) with what the overall rate tells; a category's rate is
/// given only from counts that may be shown.</summary>
public sealed class AcknowledgementFigures
{
    private static readonly AcknowledgementStatus[] Standings =
        [AcknowledgementStatus.Acknowledged, AcknowledgementStatus.Outstanding, AcknowledgementStatus.NewStarterDue, AcknowledgementStatus.Overdue];

    private AcknowledgementFigures(IReadOnlyList<(AdultCategory Category, AcknowledgementStatus Status)> standings)
    {
        var categories = Enum.GetValues<AdultCategory>();
        var current = standings.Where(s => s.Status != AcknowledgementStatus.Left).ToList();
        var tables = new LinkedTables<(AdultCategory Category, AcknowledgementStatus Status)>(
            [.. from category in categories from status in Standings select (category, status)], current);
        IEnumerable<(string, Func<(AdultCategory Category, AcknowledgementStatus Status), bool>)> ByCategory(Func<AcknowledgementStatus, bool> counted) =>
            categories.Select(category => (category.Describe(), (Func<(AdultCategory Category, AcknowledgementStatus Status), bool>)(s => s.Category == category && counted(s.Status))));
        tables.Add("Adults who must acknowledge", ByCategory(_ => true));
        tables.Add("Acknowledged", ByCategory(status => status == AcknowledgementStatus.Acknowledged));
        tables.Add("Not yet due", ByCategory(status => status == AcknowledgementStatus.Outstanding));
        tables.Add("New starters within their 10 working days", ByCategory(status => status == AcknowledgementStatus.NewStarterDue));
        tables.Add("Overdue", ByCategory(status => status == AcknowledgementStatus.Overdue));
        // The overall rate, the headline, tells the reader all the adults (taken as known) and, within the range its
        // rounding leaves, all who acknowledged; other counts are withheld before it.
        var overall = new Rate(current.Count(s => s.Status == AcknowledgementStatus.Acknowledged), current.Count);
        tables.Add("All adults", [("Adults", _ => true)], keep: true);
        tables.AddBounded("All acknowledged", s => s.Status == AcknowledgementStatus.Acknowledged, overall.DoneAsRead, keep: true);
        var safe = tables.Withhold();
        (Expected, Acknowledged, NotYetDue, NewStartersPending, Overdue) = (safe[0], safe[1], safe[2], safe[3], safe[4]);
        Overall = overall with { IsWithheld = safe[5].Rows[0].Figure.IsWithheld || safe[6].Rows[0].Figure.IsWithheld };
        RateByCategory = categories.Select((_, i) => RateOf(Acknowledged.Rows[i].Figure, Expected.Rows[i].Figure)).ToList();
    }

    public FigureTable Expected { get; }

    public FigureTable Acknowledged { get; }

    /// <summary>Still to acknowledge, before the deadline.</summary>
    public FigureTable NotYetDue { get; }

    public FigureTable NewStartersPending { get; }

    public FigureTable Overdue { get; }

    public Rate Overall { get; }

    /// <summary>In the order of <see cref="AdultCategory"/>, as the rows of the tables.</summary>
    public IReadOnlyList<Rate> RateByCategory { get; }

    public static AcknowledgementFigures From(IEnumerable<(AdultCategory Category, AcknowledgementStatus Status)> standings)
    {
        ArgumentNullException.ThrowIfNull(standings);
        return new AcknowledgementFigures(standings.ToList());
    }

    /// <summary>A percentage tells the counts it is made of, near enough: it is withheld unless both could be shown, or
    /// the adults are fewer than 5 (which the rate then says, and nothing more).</summary>
    private static Rate RateOf(Figure done, Figure outOf) =>
        new(done.Count, outOf.Count) { IsWithheld = outOf.IsWithheld || (!outOf.IsHidden && done.IsHidden) };
}
