using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Declarations;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

/// <summary>The register of family link declarations. The Headteacher and the safeguarding lead read it; only the
/// Headteacher decides.</summary>
[Route("admin/family-links")]
[Authorize(Policy = AuthorizationPolicies.FamilyLinksRegister)]
public sealed class AdminFamilyLinksController(AdminFamilyLinksService register, FamilyLinksService familyLinks) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DeclarationFilter filter) =>
        View(await register.RegisterAsync(filter, User.IsInRole(Roles.Headteacher)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Declaration(int id, [FromQuery] string? find)
    {
        var model = await register.DeclarationAsync(id, HeadteacherId(), User.GetAdultId());
        if (model is null)
        {
            return NotFound();
        }

        return View(find is null ? model : model with { Match = new MatchPupilForm { Name = find }, Matches = await familyLinks.FindPupilsAsync(find) });
    }

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/discussion")]
    public async Task<IActionResult> RecordDiscussion(int id, [Bind(Prefix = "Discussion")] RecordDiscussionForm form, [FromServices] IValidator<RecordDiscussionForm> validator) =>
        await DecideAsync(id, form, validator, "Discussion", m => m with { Discussion = form }, () => register.RecordDiscussionAsync(id, User.GetAdultId(), form), "The discussion has been recorded.");

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/acknowledge")]
    public async Task<IActionResult> Acknowledge(int id, [Bind(Prefix = "Acknowledgement")] AcknowledgeLinkForm form, [FromServices] IValidator<AcknowledgeLinkForm> validator) =>
        await DecideAsync(id, form, validator, "Acknowledgement", m => m with { Acknowledgement = form }, () => register.AcknowledgeAsync(id, User.GetAdultId(), form), "The family link has been acknowledged. The adult has been told by email.");

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/decline")]
    public async Task<IActionResult> Decline(int id, [Bind(Prefix = "Decline")] DeclineLinkForm form, [FromServices] IValidator<DeclineLinkForm> validator) =>
        await DecideAsync(id, form, validator, "Decline", m => m with { Decline = form }, () => register.DeclineAsync(id, User.GetAdultId(), form), "The declaration has been declined. The adult has been told by email.");

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/end")]
    public async Task<IActionResult> End(int id, [Bind(Prefix = "End")] EndLinkForm form, [FromServices] IValidator<EndLinkForm> validator) =>
        await DecideAsync(id, form, validator, "End", m => m with { End = form }, () => register.EndAsync(id, User.GetAdultId(), form), "The family link has been ended. The adult has been told by email.");

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("{id:int}/match")]
    public async Task<IActionResult> MatchPupil(int id, [Bind(Prefix = "Match")] MatchPupilForm form, [FromServices] IValidator<MatchPupilForm> validator) =>
        await DecideAsync(
            id,
            form,
            validator,
            "Match",
            async m => m with { Match = form, Matches = await familyLinks.FindPupilsAsync(form.Name) },
            () => register.MatchPupilAsync(id, User.GetAdultId(), form.PupilId!.Value),
            "The declaration is now linked to the pupil on the school's roll.");

    private Task<IActionResult> DecideAsync<TForm>(int id, TForm form, IValidator<TForm> validator, string prefix, Func<AdminDeclarationViewModel, AdminDeclarationViewModel> redisplay, Func<Task<StepOutcome>> step, string done) =>
        DecideAsync(id, form, validator, prefix, m => Task.FromResult(redisplay(m)), step, done);

    private async Task<IActionResult> DecideAsync<TForm>(int id, TForm form, IValidator<TForm> validator, string prefix, Func<AdminDeclarationViewModel, Task<AdminDeclarationViewModel>> redisplay, Func<Task<StepOutcome>> step, string done)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState, prefix);
        if (!ModelState.IsValid)
        {
            var model = await register.DeclarationAsync(id, HeadteacherId(), User.GetAdultId());
            return model is null ? NotFound() : View(nameof(Declaration), await redisplay(model));
        }

        var outcome = await step();
        if (outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        StepMessages.Show(TempData, outcome, done);
        return RedirectToAction(nameof(Declaration), new { id });
    }

    private int? HeadteacherId() => User.IsInRole(Roles.Headteacher) ? User.GetAdultId() : null;
}
