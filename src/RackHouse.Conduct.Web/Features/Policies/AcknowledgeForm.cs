namespace RackHouse.Conduct.Web.Features.Policies;

public sealed class AcknowledgeForm
{
    /// <summary>The version the adult read; if a newer one was published meanwhile they must read that.</summary>
    public int VersionId { get; set; }

    /// <summary>The keys of the statements ticked.</summary>
    public List<string> Confirmed { get; set; } = [];
}
