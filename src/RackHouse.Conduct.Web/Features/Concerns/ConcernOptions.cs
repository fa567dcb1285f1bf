namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>The <c>Concerns</c> settings: where evidence is kept and how large one file may be.</summary>
public sealed class ConcernOptions
{
    public const string Section = "Concerns";

    /// <summary>Outside the web root; empty means <c>evidence</c> in the data folder. Several instances of the portal can
    /// share one folder on a shared volume: every file has a random name of its own.</summary>
    public string EvidenceFolder { get; set; } = string.Empty;

    public int MaxEvidenceMegabytes { get; set; } = 20;

    public long MaxEvidenceBytes => MaxEvidenceMegabytes * 1024L * 1024L;
}
