using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>How family link declarations stand, as governors see them [Responsibilities: family exception].</summary>
public sealed class FamilyLinkFigures
{
    /// <summary>A declaration waiting this long for the Headteacher is flagged (issue 7).</summary>
    public const int WaitingWorkingDays = 20;

    private FamilyLinkFigures(FigureTable byStatus, double? medianDaysToAcknowledge, Figure waitingTooLong)
    {
        ByStatus = byStatus;
        MedianDaysToAcknowledge = medianDaysToAcknowledge;
        WaitingTooLong = waitingTooLong;
    }

    /// <summary>Every declaration made by the "as at" day, by the status it then had.</summary>
    public FigureTable ByStatus { get; }

    /// <summary>Calendar days from declaring to the Headteacher's acknowledgement, for those acknowledged in the
    /// period; null when fewer than 5 were.</summary>
    public double? MedianDaysToAcknowledge { get; }

    /// <summary>Declarations still waiting for acknowledgement (submitted or discussed) more than
    /// <see cref="WaitingWorkingDays"/> working days after they were made.</summary>
    public Figure WaitingTooLong { get; }

    public static FamilyLinkFigures From(IEnumerable<DeclarationTimeline> declarations, ReportingPeriod period, DateOnly asAt, Func<DeclarationStatus, string> describe)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        ArgumentNullException.ThrowIfNull(describe);
        var all = declarations.ToList();
        var statuses = all.Select(d => (Declaration: d, Status: d.StatusOn(asAt))).Where(d => d.Status is not null).ToList();
        var byStatus = FigureTable.From(
            "Family link declarations by status",
            Enum.GetValues<DeclarationStatus>().Select(status => (describe(status), statuses.Count(d => d.Status == status))));
        var daysToAcknowledge = all
            .Where(d => d.AcknowledgedOn is { } on && period.Contains(on) && on <= asAt)
            .Select(d => (double)(d.AcknowledgedOn!.Value.DayNumber - d.DeclaredOn.DayNumber));
        var waiting = statuses.Count(d => d.Status is DeclarationStatus.Submitted or DeclarationStatus.Discussed
            && WorkingDays.Add(d.Declaration.DeclaredOn, WaitingWorkingDays) < asAt);
        return new FamilyLinkFigures(byStatus, Median.Of(daysToAcknowledge), new Figure(waiting));
    }
}
