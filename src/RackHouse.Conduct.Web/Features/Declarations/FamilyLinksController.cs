using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>An adult declares their family links with pupils and sees each one's status; the same page lists the
/// official sites they proposed and the permissions they asked for.</summary>
[Route("family-links")]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class FamilyLinksController(FamilyLinksService familyLinks) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await familyLinks.OwnRecordsAsync(User.GetAdultId()));

    [HttpGet("declare")]
    public IActionResult Declare() => View(new DeclareFamilyLinkForm());

    [HttpPost("declare")]
    public async Task<IActionResult> Declare(DeclareFamilyLinkForm form, [FromServices] IValidator<DeclareFamilyLinkForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.IsFind)
        {
            ModelState.Clear();
            form.PupilChoice = null;
            if (string.IsNullOrWhiteSpace(form.PupilName))
            {
                ModelState.AddModelError(nameof(form.PupilName), "Enter the pupil's name");
            }
            else
            {
                form.Matches = await familyLinks.FindPupilsAsync(form.PupilName);
            }

            return View(form);
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        await CheckPupilChoiceAsync(form);
        if (!ModelState.IsValid)
        {
            if (!string.IsNullOrWhiteSpace(form.PupilName))
            {
                form.Matches = await familyLinks.FindPupilsAsync(form.PupilName);
            }

            return View(form);
        }

        var id = await familyLinks.DeclareAsync(User.GetAdultId(), form);
        TempData["Status"] = "Your declaration has been sent to the Headteacher.";
        return RedirectToAction(nameof(Declaration), new { id });
    }

    /// <summary>Current pupils matching a name, for the autocomplete. Names only reach signed-in adults, and only
    /// after two letters.</summary>
    [HttpGet("pupils")]
    public async Task<IActionResult> Pupils(string? name) =>
        Json((name ?? string.Empty).Trim().Length < 2 ? [] : await familyLinks.FindPupilsAsync(name));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Declaration(int id) =>
        await familyLinks.DeclarationAsync(id, User.GetAdultId()) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, string? reason)
    {
        switch (await familyLinks.WithdrawAsync(id, User.GetAdultId(), reason?.Length > 4000 ? reason[..4000] : reason))
        {
            case StepOutcome.NotFound:
                return NotFound();
            case StepOutcome.Done:
                TempData["Status"] = "Your declaration has been withdrawn.";
                break;
            default:
                TempData["Problem"] = "This declaration can no longer be withdrawn: see its status below.";
                break;
        }

        return RedirectToAction(nameof(Declaration), new { id });
    }

    private async Task CheckPupilChoiceAsync(DeclareFamilyLinkForm form)
    {
        if (string.IsNullOrWhiteSpace(form.PupilName))
        {
            return;
        }

        const string field = nameof(DeclareFamilyLinkForm.PupilChoice);
        if (string.IsNullOrEmpty(form.PupilChoice))
        {
            ModelState.AddModelError(field, "Select the pupil from the list, or select that they are not listed");
        }
        else if (form.PupilChoice != DeclareFamilyLinkForm.NotListed && (form.ChosenPupilId is not { } pupilId || !await familyLinks.IsCurrentPupilAsync(pupilId)))
        {
            form.PupilChoice = null;
            ModelState.AddModelError(field, "Select a pupil who is at the school now, or select that they are not listed");
        }
    }
}
