namespace RackHouse.Conduct.Domain.Staff;

/// <summary>The roles an adult can hold (SPEC section 1). An adult can hold several.</summary>
public static class Roles
{
    public const string Adult = nameof(Adult);
    public const string Office = nameof(Office);
    public const string Headteacher = nameof(Headteacher);
    public const string SafeguardingLead = nameof(SafeguardingLead);
    public const string Governor = nameof(Governor);
    public const string ChairOfGovernors = nameof(ChairOfGovernors);

    public static IReadOnlyList<string> All { get; } =
        [Adult, Office, Headteacher, SafeguardingLead, Governor, ChairOfGovernors];

    /// <summary>Roles that handle concerns: they must sign in with two-factor authentication.</summary>
    public static IReadOnlyList<string> RequiringTwoFactor { get; } = [Headteacher, SafeguardingLead, ChairOfGovernors];

    public static string Describe(string role) => role switch
    {
        Adult => "Adult",
        Office => "Office",
        Headteacher => "Headteacher",
        SafeguardingLead => "Designated safeguarding lead",
        Governor => "Governor",
        ChairOfGovernors => "Chair of governors",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role."),
    };

    public static bool TryNormalise(string? text, out string role)
    {
        role = All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
        return role.Length > 0;
    }
}
