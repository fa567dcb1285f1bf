namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>The outcomes open to a case: an allegation (harm threshold) has its own set [Breaches of Policy; KCSIE].</summary>
public static class ConcernOutcomes
{
    public static IReadOnlyList<ConcernOutcome> ForAllegation { get; } =
        [ConcernOutcome.Substantiated, ConcernOutcome.Unsubstantiated, ConcernOutcome.Unfounded, ConcernOutcome.False, ConcernOutcome.Malicious];

    public static IReadOnlyList<ConcernOutcome> ForOtherConcerns { get; } =
        [ConcernOutcome.NoFurtherAction, ConcernOutcome.AdviceOrGuidance, ConcernOutcome.ManagementAction, ConcernOutcome.DisciplinaryProcess, ConcernOutcome.Dismissal];

    public static IReadOnlyList<ConcernOutcome> For(bool isAllegation) => isAllegation ? ForAllegation : ForOtherConcerns;
}
