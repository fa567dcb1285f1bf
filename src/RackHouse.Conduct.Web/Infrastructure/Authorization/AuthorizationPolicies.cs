using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Infrastructure.Authorization;

/// <summary>Every authorization policy, in one place. Each endpoint names one of these or is explicitly anonymous.</summary>
public static class AuthorizationPolicies
{
    /// <summary>Any adult with an account.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>The admin area: Headteacher, safeguarding lead and office.</summary>
    public const string Admin = nameof(Admin);

    public const string Headteacher = nameof(Headteacher);

    /// <summary>The acknowledgement register: the Headteacher and the office.</summary>
    public const string Register = nameof(Register);

    /// <summary>The roster of adults and pupils, its import and the invitations: the Headteacher and the office.</summary>
    public const string Roster = nameof(Roster);

    /// <summary>Compliance figures: governors, the chair and the Headteacher.</summary>
    public const string Governors = nameof(Governors);

    /// <summary>Family link declarations, official site requests and permission requests: the Headteacher decides,
    /// the safeguarding lead reads. Never the office.</summary>
    public const string FamilyLinksRegister = nameof(FamilyLinksRegister);

    /// <summary>Case handling of concerns: the Headteacher, the safeguarding lead and the chair, each seeing only the
    /// concerns routed to them (ConcernRouting).</summary>
    public const string CaseHandling = nameof(CaseHandling);

    public static IReadOnlyDictionary<string, string[]> RolesByPolicy { get; } = new Dictionary<string, string[]>
    {
        [SignedIn] = [Roles.Adult],
        [Admin] = [Roles.Headteacher, Roles.SafeguardingLead, Roles.Office],
        [Headteacher] = [Roles.Headteacher],
        [Register] = [Roles.Headteacher, Roles.Office],
        [Roster] = [Roles.Headteacher, Roles.Office],
        [Governors] = [Roles.Governor, Roles.ChairOfGovernors, Roles.Headteacher],
        [FamilyLinksRegister] = [Roles.Headteacher, Roles.SafeguardingLead],
        [CaseHandling] = [Roles.Headteacher, Roles.SafeguardingLead, Roles.ChairOfGovernors],
    };
}
