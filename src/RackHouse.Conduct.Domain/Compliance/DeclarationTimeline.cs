using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>What the figures need of one family link declaration: the day it was made and the status each step left,
/// by day (UK dates), oldest first. No names, no pupils, nothing typed.</summary>
public sealed record DeclarationTimeline(DateOnly DeclaredOn, IReadOnlyList<(DateOnly On, DeclarationStatus Status)> Steps)
{
    /// <summary>The status at the end of <paramref name="day"/>, or null when it had not been made yet.</summary>
    public DeclarationStatus? StatusOn(DateOnly day) =>
        DeclaredOn > day ? null : Steps.LastOrDefault(step => step.On <= day).Status;

    /// <summary>The day of the first acknowledgement, if any.</summary>
    public DateOnly? AcknowledgedOn => Steps.Where(step => step.Status == DeclarationStatus.Acknowledged).Select(step => (DateOnly?)step.On).FirstOrDefault();
}
