namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>The case manager's triage decision, always with a rationale.</summary>
public enum ThresholdDecision
{
    HarmThreshold,
    LowLevelConcern,
    ConductMatter,
    ChildProtection,
    Prevent,
    NotAConcern,
}
