namespace RackHouse.Conduct.Domain.Policies;

/// <summary>A policy every adult must acknowledge each academic year, with its numbered versions. At most one version
/// is a draft at a time; published versions never change.</summary>
public sealed class Policy
{
    private readonly List<PolicyVersion> versions = [];

    private Policy()
    {
        Title = string.Empty;
    }

    public Policy(string title, PolicyKind kind, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title.Trim();
        Kind = kind;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public PolicyKind Kind { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyCollection<PolicyVersion> Versions => versions;

    /// <summary>The version adults read and acknowledge now: the latest published one.</summary>
    public PolicyVersion? CurrentVersion => versions.Where(v => v.IsPublished).MaxBy(v => v.Number);

    public PolicyVersion? Draft => versions.SingleOrDefault(v => !v.IsPublished);

    /// <summary>Starts the next version as a draft, from the given text (usually the current version's).</summary>
    /// <param name="draftedByAdultId">Null only for the version the portal seeds.</param>
    public PolicyVersion StartDraft(string body, int? draftedByAdultId, DateTime nowUtc)
    {
        if (Draft is not null)
        {
            throw new InvalidOperationException($"Version {Draft.Number} of {Title} is already being drafted.");
        }

        var draft = new PolicyVersion(this, versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1, body, draftedByAdultId, nowUtc);
        versions.Add(draft);
        return draft;
    }
}
