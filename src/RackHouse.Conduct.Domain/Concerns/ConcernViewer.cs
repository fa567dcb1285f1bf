using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>Someone who may handle concerns: their adult id and the roles that matter to routing.</summary>
public sealed record ConcernViewer(int AdultId, bool IsHeadteacher, bool IsSafeguardingLead, bool IsChairOfGovernors)
{
    public static ConcernViewer From(int adultId, IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return new ConcernViewer(adultId, held.Contains(Roles.Headteacher), held.Contains(Roles.SafeguardingLead), held.Contains(Roles.ChairOfGovernors));
    }
}
