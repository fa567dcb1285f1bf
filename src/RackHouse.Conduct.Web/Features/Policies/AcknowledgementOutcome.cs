namespace RackHouse.Conduct.Web.Features.Policies;

public enum AcknowledgementOutcome
{
    Recorded,
    NotFound,

    /// <summary>A newer version was published while the adult was reading: they must read that one.</summary>
    NewerVersion,

    /// <summary>Some statements were not confirmed.</summary>
    Unconfirmed,
}
