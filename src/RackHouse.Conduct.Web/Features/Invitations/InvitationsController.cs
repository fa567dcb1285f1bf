using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.Web.Features.Invitations;

/// <summary>The office sees who has joined the portal and who has not, and sends invitations again.</summary>
[Route("admin/people/invitations")]
[Authorize(Policy = AuthorizationPolicies.Roster)]
public sealed class InvitationsController(InvitationsService invitations) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1) => View(await invitations.ListAsync(page));

    [HttpPost("{adultId:int}/send")]
    public async Task<IActionResult> Send(int adultId)
    {
        if (!await invitations.SendAsync(adultId, Request))
        {
            return NotFound();
        }

        TempData["Status"] = "A new invitation has been sent. Any earlier link no longer works.";
        return RedirectToAction(nameof(Index));
    }
}
