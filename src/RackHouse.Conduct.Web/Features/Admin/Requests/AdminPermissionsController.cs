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

/// <summary>Requests for the Headteacher's express permission. The Headteacher grants, with any conditions, or
/// refuses; the safeguarding lead reads.</summary>
[Route("admin/permissions")]
[Authorize(Policy = AuthorizationPolicies.FamilyLinksRegister)]
public sealed class AdminPermissionsController(AdminRequestsService decisions, RequestsService requests) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View("Permissions", await decisions.PermissionsAsync());

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Permission(int id) =>
        await requests.PermissionAsync(id, ownerId: null, HeadteacherId()) is { } permission ? View("Permission", new AdminPermissionViewModel(permission)) : NotFound();

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/grant")]
    public async Task<IActionResult> Grant(int id, [Bind(Prefix = "Grant")] GrantPermissionForm form, [FromServices] IValidator<GrantPermissionForm> validator) =>
        await DecideAsync(id, validator.Validate(form), "Grant", m => m with { Grant = form }, () => decisions.GrantAsync(id, User.GetAdultId(), form), "Permission has been granted. The adult has been told by email.");

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/refuse")]
    public async Task<IActionResult> Refuse(int id, [Bind(Prefix = "Refuse")] DecisionReasonForm form, [FromServices] IValidator<DecisionReasonForm> validator) =>
        await DecideAsync(id, validator.Validate(form), "Refuse", m => m with { Refuse = form }, () => decisions.RefuseAsync(id, User.GetAdultId(), form), "Permission has been refused. The adult has been told by email.");

    private async Task<IActionResult> DecideAsync(int id, FluentValidation.Results.ValidationResult validation, string prefix, Func<AdminPermissionViewModel, AdminPermissionViewModel> redisplay, Func<Task<StepOutcome>> step, string done)
    {
        validation.AddToModelState(ModelState, prefix);
        if (!ModelState.IsValid)
        {
            return await requests.PermissionAsync(id, ownerId: null, HeadteacherId()) is { } permission ? View("Permission", redisplay(new AdminPermissionViewModel(permission))) : NotFound();
        }

        var outcome = await step();
        if (outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        StepMessages.Show(TempData, outcome, done);
        return RedirectToAction(nameof(Permission), new { id });
    }

    private int? HeadteacherId() => User.IsInRole(Roles.Headteacher) ? User.GetAdultId() : null;
}
