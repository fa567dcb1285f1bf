using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

/// <summary>How many adults still at the school stand where, for one policy this year. Leavers count in none.</summary>
public sealed record RegisterTotals(int Adults, int Acknowledged, int Outstanding, int NewStarterDue, int Overdue)
{
    public static RegisterTotals Of(IReadOnlyCollection<RegisterRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var current = rows.Where(r => r.Status != AcknowledgementStatus.Left).ToList();
        return new RegisterTotals(
            current.Count,
            current.Count(r => r.Status == AcknowledgementStatus.Acknowledged),
            current.Count(r => r.Status == AcknowledgementStatus.Outstanding),
            current.Count(r => r.Status == AcknowledgementStatus.NewStarterDue),
            current.Count(r => r.Status == AcknowledgementStatus.Overdue));
    }
}
