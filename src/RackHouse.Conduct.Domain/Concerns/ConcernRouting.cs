using System.Linq.Expressions;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>Who manages a concern and who may see it (SPEC section 3.3, KCSIE Part four). The visibility rule is one
/// expression, so the database filters lists, counts and searches by the very rule the unit tests prove.</summary>
public static class ConcernRouting
{
    /// <summary>The route of a concern whose subject holds <paramref name="subjectRoles"/> (empty when the subject is not
    /// an adult of the school): the chair of governors handles concerns about the Headteacher, and a concern about the
    /// chair goes to the LADO.</summary>
    public static ConcernRoute Route(IReadOnlyCollection<string> subjectRoles)
    {
        ArgumentNullException.ThrowIfNull(subjectRoles);
        if (subjectRoles.Contains(Roles.ChairOfGovernors))
        {
            return ConcernRoute.Lado;
        }

        return subjectRoles.Contains(Roles.Headteacher) ? ConcernRoute.ChairOfGovernors : ConcernRoute.Headteacher;
    }

    public static CaseManager CaseManagerFor(ConcernRoute route) => route switch
    {
        ConcernRoute.Headteacher => CaseManager.Headteacher,
        ConcernRoute.ChairOfGovernors => CaseManager.ChairOfGovernors,
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "A concern about the chair of governors goes to the LADO, not to a case manager in the portal."),
    };

    /// <summary>The subject never sees the concern, whatever their roles. Otherwise: the case manager's role sees it
    /// (the Headteacher never sees a concern routed to the chair, even holding another role), and the safeguarding lead
    /// sees the safeguarding ones.</summary>
    public static Expression<Func<Concern, bool>> VisibleTo(ConcernViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        int? adultId = viewer.AdultId;
        var head = viewer.IsHeadteacher;
        var chair = viewer.IsChairOfGovernors && !viewer.IsHeadteacher;
        var dsl = viewer.IsSafeguardingLead;
        return c => c.SubjectAdultId != adultId
            && ((c.CaseManager == CaseManager.Headteacher && head)
                || (c.CaseManager == CaseManager.ChairOfGovernors && chair)
                || (c.IsSafeguarding && dsl && !(c.CaseManager == CaseManager.ChairOfGovernors && head)));
    }

    public static bool CanSee(Concern concern, ConcernViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return VisibleTo(viewer).Compile()(concern);
    }

    /// <summary>The case manager (not the safeguarding lead) reads the audit trail of a case they can see.</summary>
    public static bool ReadsAuditTrail(Concern concern, ConcernViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(viewer);
        return CanSee(concern, viewer) && concern.CaseManager switch
        {
            CaseManager.Headteacher => viewer.IsHeadteacher,
            CaseManager.ChairOfGovernors => viewer.IsChairOfGovernors,
            _ => false,
        };
    }
}
