namespace RackHouse.Conduct.Domain.Policies;

/// <summary>The Social Media Policy asks for its own statements (monitoring, Prevent, Teachers' Standards, family
/// links); any further policy a school adds asks only that it has been read and will be followed.</summary>
public enum PolicyKind
{
    SocialMedia,
    General,
}
