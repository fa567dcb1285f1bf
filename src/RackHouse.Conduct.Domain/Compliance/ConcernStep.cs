using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>One chronology entry of a case as the figures see it: the day it was written and the one value it
/// recorded (a status, a threshold decision, an outcome or a referral). Never its text.</summary>
public readonly record struct ConcernStep(
    DateOnly On,
    ConcernStatus? Status = null,
    ThresholdDecision? Decision = null,
    ConcernOutcome? Outcome = null,
    ReferralType? Referral = null,
    DateOnly? ReferredOn = null);
