using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Data.Seeding;

/// <summary>The Social Media Policy the school adopted, converted faithfully to Markdown with the school's name as a
/// field. Every installation starts with it as version 1 of its first policy.</summary>
public static class SocialMediaPolicySeed
{
    public const string Title = "Social Media Policy";

    private const string Resource = "RackHouse.Conduct.Data.Seeding.social-media-policy.md";

    public static string Markdown { get; } = Load();

    /// <param name="acknowledgeBy">The first round's deadline: a portal installed after the yearly deadline must not
    /// find everyone overdue on its first day.</param>
    public static Policy Create(DateTime nowUtc, DateOnly acknowledgeBy)
    {
        var policy = new Policy(Title, PolicyKind.SocialMedia, nowUtc);
        policy.StartDraft(Markdown, draftedByAdultId: null, nowUtc).Publish(publishedByAdultId: null, nowUtc, requiresReacknowledgement: true, acknowledgeBy);
        return policy;
    }

    private static string Load()
    {
        using var stream = typeof(SocialMediaPolicySeed).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The Social Media Policy text is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
