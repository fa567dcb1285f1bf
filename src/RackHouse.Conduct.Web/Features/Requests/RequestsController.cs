using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Features.Requests;

/// <summary>An adult proposes an official school site or asks the Headteacher's permission, and sees the decision.</summary>
[Route("family-links")]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class RequestsController(RequestsService requests) : Controller
{
    [HttpGet("sites/propose")]
    public IActionResult ProposeSite() => View(new ProposeSiteForm());

    [HttpPost("sites/propose")]
    public async Task<IActionResult> ProposeSite(ProposeSiteForm form, [FromServices] IValidator<ProposeSiteForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var id = await requests.ProposeSiteAsync(User.GetAdultId(), form);
        TempData["Status"] = "Your proposal has been sent to the Headteacher.";
        return RedirectToAction(nameof(Site), new { id });
    }

    [HttpGet("sites/{id:int}")]
    public async Task<IActionResult> Site(int id) =>
        await requests.SiteAsync(id, User.GetAdultId()) is { } model ? View(model) : NotFound();

    [HttpGet("permissions/ask")]
    public IActionResult AskPermission() => View(new AskPermissionForm());

    [HttpPost("permissions/ask")]
    public async Task<IActionResult> AskPermission(AskPermissionForm form, [FromServices] IValidator<AskPermissionForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var id = await requests.AskPermissionAsync(User.GetAdultId(), form);
        TempData["Status"] = "Your request has been sent to the Headteacher.";
        return RedirectToAction(nameof(Permission), new { id });
    }

    [HttpGet("permissions/{id:int}")]
    public async Task<IActionResult> Permission(int id) =>
        await requests.PermissionAsync(id, User.GetAdultId()) is { } model ? View(model) : NotFound();
}
