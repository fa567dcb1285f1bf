using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Policies;

public sealed record AcknowledgementResult(AcknowledgementOutcome Outcome, long? AcknowledgementId, IReadOnlyList<AcknowledgementStatement> UnconfirmedStatements)
{
    public static AcknowledgementResult NotFound { get; } = new(AcknowledgementOutcome.NotFound, null, []);

    public static AcknowledgementResult NewerVersion { get; } = new(AcknowledgementOutcome.NewerVersion, null, []);

    public static AcknowledgementResult Recorded(long id) => new(AcknowledgementOutcome.Recorded, id, []);

    public static AcknowledgementResult Unconfirmed(IReadOnlyList<AcknowledgementStatement> statements) =>
        new(AcknowledgementOutcome.Unconfirmed, null, statements);
}
