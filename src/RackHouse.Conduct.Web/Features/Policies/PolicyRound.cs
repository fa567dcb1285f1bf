using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>A policy with its current version and what it asks of everyone this academic year.</summary>
public sealed record PolicyRound(int PolicyId, string Title, PolicyKind Kind, int CurrentVersionId, int CurrentVersionNumber, AcknowledgementRound Round);
