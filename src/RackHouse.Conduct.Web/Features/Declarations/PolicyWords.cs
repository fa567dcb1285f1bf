namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>The Social Media Policy's own words, quoted where the pages explain a rule. A test checks each is still
/// in the seeded policy text word for word.</summary>
public static class PolicyWords
{
    /// <summary>[Responsibilities when using social media]</summary>
    public const string UndeclaredContactIsABreach =
        "In cases where a pupil is a family member, adults must be aware that if the family relationship has not been identified and acknowledged by the school, contact through social networking or social media will be a breach of this policy (and therefore will be treated as a serious conduct issue).";

    /// <summary>[Responsibilities when using social media]</summary>
    public const string NotifyTheHeadteacher =
        "Since family relationships can be easily identified and recognised, adults must notify the Headteacher of any family relationship with a pupil so that the position can be formally acknowledged, discussed and recorded.";

    /// <summary>[School social media websites]</summary>
    public const string StrongReason =
        "There must be a strong pedagogical or business reason for creating an official school social media/social networking website including websites to communicate with pupils.";

    public static IReadOnlyList<string> All { get; } = [UndeclaredContactIsABreach, NotifyTheHeadteacher, StrongReason];
}
