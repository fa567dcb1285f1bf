using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>A policy with its current version and what it asks of everyone this academic year.</summary>
public sealed record PolicyRound(int PolicyId, string Title, PolicyKind Kind, int CurrentVersionId, int CurrentVersionNumber, AcknowledgementRound Round)
{
    /// <summary>Where one adult stands with this policy, given their acknowledgements this year (of any policy).</summary>
    public AcknowledgementDue DueFor(DateOnly startDate, DateOnly? endDate, int newStarterWorkingDays, IEnumerable<YearAcknowledgement> acknowledgements, DateOnly today) =>
        Round.DueFor(startDate, endDate, newStarterWorkingDays, acknowledgements.Where(a => a.PolicyId == PolicyId).Max(a => (int?)a.VersionNumber), today);
}
