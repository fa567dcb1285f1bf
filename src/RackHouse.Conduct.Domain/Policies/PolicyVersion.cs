namespace RackHouse.Conduct.Domain.Policies;

/// <summary>One numbered text of a policy, in Markdown with the school's name as the field <c>{{SchoolName}}</c>.
/// A draft can be revised; once published it is immutable, fingerprinted and attributed.</summary>
public sealed class PolicyVersion
{
    public const int MaxBodyLength = 200_000;

    private PolicyVersion()
    {
        Body = string.Empty;
    }

    internal PolicyVersion(Policy policy, int number, string body, int? draftedByAdultId, DateTime createdAtUtc)
    {
        Policy = policy;
        Number = number;
        Body = CheckedBody(body);
        DraftedByAdultId = draftedByAdultId;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }

    public int PolicyId { get; private set; }

    public Policy Policy { get; private set; } = null!;

    public int Number { get; private set; }

    public string Body { get; private set; }

    /// <summary>What changed since the previous version, in the publisher's words.</summary>
    public string? ChangeSummary { get; private set; }

    /// <summary>Null for the version seeded when the portal was installed.</summary>
    public int? DraftedByAdultId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public int? PublishedByAdultId { get; private set; }

    /// <summary>SHA-256 of the published Markdown (hex), so anyone can show the text was not changed afterwards.</summary>
    public string? TextSha256 { get; private set; }

    /// <summary>Publishing this version reopens acknowledgement for everyone, even those who acknowledged this year.</summary>
    public bool RequiresReacknowledgement { get; private set; }

    /// <summary>The deadline of the round a re-acknowledge version opens.</summary>
    public DateOnly? ReacknowledgeBy { get; private set; }

    public bool IsPublished => PublishedAtUtc is not null;

    public void Revise(string body, string? changeSummary)
    {
        ThrowIfPublished();
        Body = CheckedBody(body);
        ChangeSummary = string.IsNullOrWhiteSpace(changeSummary) ? null : changeSummary.Trim();
    }

    /// <param name="publishedByAdultId">Null only when the portal seeds the first version.</param>
    /// <param name="reacknowledgeBy">Required when <paramref name="requiresReacknowledgement"/> is set.</param>
    public void Publish(int? publishedByAdultId, DateTime nowUtc, bool requiresReacknowledgement, DateOnly? reacknowledgeBy)
    {
        ThrowIfPublished();
        if (requiresReacknowledgement && reacknowledgeBy is null)
        {
            throw new ArgumentException("A version that everyone must acknowledge again needs a deadline.", nameof(reacknowledgeBy));
        }

        PublishedAtUtc = nowUtc;
        PublishedByAdultId = publishedByAdultId;
        RequiresReacknowledgement = requiresReacknowledgement;
        ReacknowledgeBy = requiresReacknowledgement ? reacknowledgeBy : null;
        TextSha256 = PolicyText.Sha256(Body);
    }

    private static string CheckedBody(string body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        return body.Length <= MaxBodyLength
            ? body.ReplaceLineEndings("\n")
            : throw new ArgumentException($"A policy text can be at most {MaxBodyLength:N0} characters.", nameof(body));
    }

    private void ThrowIfPublished()
    {
        if (IsPublished)
        {
            throw new InvalidOperationException($"Version {Number} has been published and can no longer change.");
        }
    }
}
