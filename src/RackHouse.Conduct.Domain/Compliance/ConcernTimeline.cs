using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>What the figures need of one concern: when it was reported, its category, whether it was urgent, who
/// manages it, which adult of the school (by id) it is about, and its steps by day (UK dates), oldest first. No
/// names, no pupils, nothing typed.</summary>
public sealed record ConcernTimeline(DateOnly ReportedOn, ConcernCategory Category, bool IsUrgent, CaseManager CaseManager, int? SubjectAdultId, IReadOnlyList<ConcernStep> Steps)
{
    /// <summary>A concern about one of <paramref name="headteachers"/> (adult ids): in the chair's series, or, for one
    /// reported before the adult became Headteacher, in the Headteacher's.</summary>
    public bool IsAboutAHeadteacher(IReadOnlyCollection<int> headteachers)
    {
        ArgumentNullException.ThrowIfNull(headteachers);
        return CaseManager == CaseManager.ChairOfGovernors || (SubjectAdultId is { } subject && headteachers.Contains(subject));
    }

    /// <summary>The status at the end of <paramref name="day"/>, or null when it had not been reported yet.</summary>
    public ConcernStatus? StatusOn(DateOnly day) =>
        ReportedOn > day ? null : Steps.LastOrDefault(step => step.On <= day && step.Status is not null).Status ?? ConcernStatus.New;

    /// <summary>What triage decided (the first threshold decision), if it had by the end of <paramref name="day"/>.</summary>
    public ThresholdDecision? TriageDecisionOn(DateOnly day) => Triage(day)?.Decision;

    /// <summary>The day it was triaged, if it had been by the end of <paramref name="day"/>.</summary>
    public DateOnly? TriagedOn(DateOnly day) => Triage(day)?.On;

    /// <summary>The outcome recorded by the end of <paramref name="day"/>, if any.</summary>
    public ConcernOutcome? OutcomeOn(DateOnly day) => Steps.FirstOrDefault(step => step.On <= day && step.Outcome is not null).Outcome;

    /// <summary>The day it was closed, if it had been by the end of <paramref name="day"/>.</summary>
    public DateOnly? ClosedOn(DateOnly day) =>
        Steps.FirstOrDefault(step => step.On <= day && step.Status == ConcernStatus.Closed) is { Status: not null } step ? step.On : null;

    /// <summary>Whether, at the end of <paramref name="day"/>, it was past the time to triage it or, after a
    /// harm-threshold decision, to contact the LADO: the same clocks the case queue flags.</summary>
    public bool IsOverdueOn(DateOnly day, SchoolSettings settings)
    {
        if (StatusOn(day) is not { } status)
        {
            return false;
        }

        var harmThresholdDecidedOn = Steps.FirstOrDefault(step => step.On <= day && step.Decision == ThresholdDecision.HarmThreshold) is { Decision: not null } decided
            ? decided.On
            : (DateOnly?)null;
        var ladoContactedOn = Steps.Where(step => step.On <= day && step.Referral == ReferralType.Lado).Min(step => step.ReferredOn);
        return ConcernClocks.IsTriageOverdue(status, ReportedOn, IsUrgent, settings, day)
            || ConcernClocks.IsLadoContactOverdue(status, harmThresholdDecidedOn, ladoContactedOn, settings, day);
    }

    private ConcernStep? Triage(DateOnly day) => Steps.FirstOrDefault(step => step.Decision is not null) is { Decision: not null } step && step.On <= day ? step : null;
}
