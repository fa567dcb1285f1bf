namespace RackHouse.Conduct.Domain.Staff;

/// <summary>Who may give or take away roles. Only the Headteacher changes roles; the office can add and edit adults but
/// grants no role at all. Every account keeps the Adult role.</summary>
public static class RoleGrants
{
    /// <summary>The roles the Headteacher can give, in the order the form shows them.</summary>
    public static IReadOnlyList<string> Grantable { get; } =
        [Roles.Office, Roles.Headteacher, Roles.SafeguardingLead, Roles.Governor, Roles.ChairOfGovernors];

    public static bool MayChangeRoles(IEnumerable<string> grantorRoles) => grantorRoles.Contains(Roles.Headteacher);

    /// <summary>Why the change from <paramref name="current"/> to <paramref name="requested"/> is refused, or null when
    /// it is allowed. Asking for the roles someone already holds changes nothing and is always allowed.</summary>
    public static string? Refusal(IEnumerable<string> grantorRoles, bool ownAccount, IEnumerable<string> current, IEnumerable<string> requested)
    {
        ArgumentNullException.ThrowIfNull(grantorRoles);
        var before = Grantable.Intersect(current).ToHashSet();
        var requestedList = requested.ToList();
        if (requestedList.FirstOrDefault(role => !Grantable.Contains(role) && role != Roles.Adult) is { } unknown)
        {
            return $"{unknown} is not a role that can be given";
        }

        var after = Grantable.Intersect(requestedList).ToHashSet();
        if (before.SetEquals(after))
        {
            return null;
        }

        if (!MayChangeRoles(grantorRoles))
        {
            return "Only the Headteacher can give or remove roles";
        }

        return ownAccount && before.Contains(Roles.Headteacher) && !after.Contains(Roles.Headteacher)
            ? "You cannot remove your own Headteacher role: another Headteacher account must do it"
            : null;
    }
}
