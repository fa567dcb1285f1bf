namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>The first five are the outcomes of an allegation (a harm-threshold decision); the rest of other concerns.</summary>
public enum ConcernOutcome
{
    Substantiated,
    Unsubstantiated,
    Unfounded,
    False,
    Malicious,
    NoFurtherAction,
    AdviceOrGuidance,
    ManagementAction,
    DisciplinaryProcess,
    Dismissal,
}
