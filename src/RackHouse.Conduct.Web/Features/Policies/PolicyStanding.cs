using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>Where one adult stands with one policy this academic year.</summary>
/// <param name="AcknowledgementId">This year's acknowledgement of the current version, if there is one.</param>
public sealed record PolicyStanding(PolicyRound Policy, AcknowledgementDue Due, long? AcknowledgementId, DateTime? AcknowledgedAtUtc);
