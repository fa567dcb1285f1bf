using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.Web.Features.Admin.Home;

/// <summary>The admin area's front page: the sections the signed-in role may use.</summary>
[Route("admin")]
[Authorize(Policy = AuthorizationPolicies.Admin)]
public sealed class AdminController(IAuthorizationService authorization) : Controller
{
    private static readonly AdminSection[] Sections =
    [
        new("Case files", "/admin/concerns", "Concerns routed to you: triage, case notes, referrals, outcomes and each case's audit trail.", AuthorizationPolicies.CaseHandling),
        new("People", "/admin/people", "Adults and pupils: add, change and mark leavers, import from your MIS, and see who has joined the portal.", AuthorizationPolicies.Roster),
        new("Acknowledgement register", "/admin/register", "Who has acknowledged each policy this academic year, who is overdue, and everyone's history.", AuthorizationPolicies.Register),
        new("Policies", "/admin/policies", "Draft, compare and publish versions of the school's policies, and add further policies.", AuthorizationPolicies.Headteacher),
        new("Family link declarations", "/admin/family-links", "Declarations of family links with pupils: discuss, acknowledge with agreed protocols, decline or end them, and links with pupils who have left.", AuthorizationPolicies.FamilyLinksRegister),
        new("Official school sites", "/admin/sites", "Proposals for official school sites and accounts, and the register of approved sites.", AuthorizationPolicies.FamilyLinksRegister),
        new("Permission requests", "/admin/permissions", "Requests for the Headteacher's express permission, with the decisions and conditions.", AuthorizationPolicies.FamilyLinksRegister),
        new("School settings", "/admin/settings", "The school's name and contacts, the academic year, deadlines and the concern clocks.", AuthorizationPolicies.Admin),
    ];

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var visible = new List<AdminSection>();
        foreach (var section in Sections)
        {
            if ((await authorization.AuthorizeAsync(User, section.Policy)).Succeeded)
            {
                visible.Add(section);
            }
        }

        return View(visible);
    }
}
