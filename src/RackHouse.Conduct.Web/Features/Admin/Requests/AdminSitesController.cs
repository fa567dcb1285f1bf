using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Declarations;
using RackHouse.Conduct.Web.Features.Requests;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

/// <summary>Proposals for official school sites and the register of approved sites. The Headteacher decides; the
/// safeguarding lead reads.</summary>
[Route("admin/sites")]
[Authorize(Policy = AuthorizationPolicies.FamilyLinksRegister)]
public sealed class AdminSitesController(AdminRequestsService decisions, RequestsService requests) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View("Sites", await decisions.SitesAsync());

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Site(int id) =>
        await requests.SiteAsync(id, ownerId: null, HeadteacherId()) is { } site ? View("Site", new AdminSiteViewModel(site)) : NotFound();

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, [Bind(Prefix = "Approve")] ApproveSiteForm form, [FromServices] IValidator<ApproveSiteForm> validator) =>
        await DecideAsync(id, validator.Validate(form), "Approve", m => m with { Approve = form }, () => decisions.ApproveSiteAsync(id, User.GetAdultId(), form), "The site has been approved and added to the register. The adult has been told by email.");

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/decline")]
    public async Task<IActionResult> Decline(int id, [Bind(Prefix = "Decline")] DecisionReasonForm form, [FromServices] IValidator<DecisionReasonForm> validator) =>
        await DecideAsync(id, validator.Validate(form), "Decline", m => m with { Decline = form }, () => decisions.DeclineSiteAsync(id, User.GetAdultId(), form), "The proposal has been declined. The adult has been told by email.");

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/close")]
    public async Task<IActionResult> Close(int id, [Bind(Prefix = "Close")] DecisionReasonForm form, [FromServices] IValidator<DecisionReasonForm> validator) =>
        await DecideAsync(id, validator.Validate(form), "Close", m => m with { Close = form }, () => decisions.CloseSiteAsync(id, User.GetAdultId(), form), "The site has been closed. The adult has been told by email.");

    private async Task<IActionResult> DecideAsync(int id, FluentValidation.Results.ValidationResult validation, string prefix, Func<AdminSiteViewModel, AdminSiteViewModel> redisplay, Func<Task<StepOutcome>> step, string done)
    {
        validation.AddToModelState(ModelState, prefix);
        if (!ModelState.IsValid)
        {
            return await requests.SiteAsync(id, ownerId: null, HeadteacherId()) is { } site ? View("Site", redisplay(new AdminSiteViewModel(site))) : NotFound();
        }

        var outcome = await step();
        if (outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        StepMessages.Show(TempData, outcome, done);
        return RedirectToAction(nameof(Site), new { id });
    }

    private int? HeadteacherId() => User.IsInRole(Roles.Headteacher) ? User.GetAdultId() : null;
}
