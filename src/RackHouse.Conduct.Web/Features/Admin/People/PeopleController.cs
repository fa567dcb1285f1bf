using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>The office and the Headteacher keep the roster of adults and pupils. Only the Headteacher changes roles.</summary>
[Route("admin/people")]
[Authorize(Policy = AuthorizationPolicies.Roster)]
public sealed class PeopleController(PeopleService people) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AdultFilter filter) => View(await people.AdultsAsync(filter));

    [HttpGet("pupils")]
    public async Task<IActionResult> Pupils([FromQuery] PupilFilter filter) => View(await people.PupilsAsync(filter));

    [HttpGet("adults/add")]
    public IActionResult AddAdult() => View(new SaveAdultForm { WorksDirectlyWithChildren = true, StartDate = Infrastructure.Mvc.UkTime.Date(people.Today) });

    [HttpPost("adults/add")]
    public async Task<IActionResult> AddAdult(SaveAdultForm form, [FromServices] IValidator<SaveAdultForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (id, emailError) = await people.AddAdultAsync(form.ToDetails(), Request);
            if (id is not null)
            {
                TempData["Status"] = $"{form.FullName!.Trim()} has been added and sent an invitation to join the portal.";
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddModelError(nameof(SaveAdultForm.Email), emailError!);
        }

        return View(form);
    }

    [HttpGet("adults/{adultId:int}")]
    public async Task<IActionResult> EditAdult(int adultId)
    {
        if (await people.AdultFormAsync(adultId) is not { } form)
        {
            return NotFound();
        }

        form.CanChangeRoles = CanChangeRoles();
        ViewData["AdultId"] = adultId;
        return View(form);
    }

    [HttpPost("adults/{adultId:int}")]
    public async Task<IActionResult> EditAdult(int adultId, SaveAdultForm form, [FromServices] IValidator<SaveAdultForm> validator)
    {
        if (await people.AdultNameAsync(adultId) is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (ModelState.IsValid && await people.ChangeAdultAsync(adultId, form, Roles.All.Where(User.IsInRole).ToList(), User.GetAdultId()) is { } problem)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        if (!ModelState.IsValid)
        {
            form.CanChangeRoles = CanChangeRoles();
            ViewData["AdultId"] = adultId;
            return View(form);
        }

        TempData["Status"] = $"The changes to {form.FullName!.Trim()} have been saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("adults/{adultId:int}/leave")]
    public async Task<IActionResult> AdultLeaves(int adultId) =>
        await people.AdultNameAsync(adultId) is { } name
            ? View("Leave", new MarkAsLeftForm { Name = name, LastDay = Infrastructure.Mvc.UkTime.Date(people.Today) })
            : NotFound();

    [HttpPost("adults/{adultId:int}/leave")]
    public async Task<IActionResult> AdultLeaves(int adultId, MarkAsLeftForm form, [FromServices] IValidator<MarkAsLeftForm> validator)
    {
        if (await people.AdultNameAsync(adultId) is not { } name)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            form.Name = name;
            return View("Leave", form);
        }

        await people.MarkAdultAsLeftAsync(adultId, UkDateText.ParseOrNull(form.LastDay)!.Value);
        TempData["Status"] = $"{name} has been marked as left. Their account no longer works; every record about them is kept.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("pupils/add")]
    public IActionResult AddPupil() => View(new SavePupilForm { JoinedOn = Infrastructure.Mvc.UkTime.Date(people.Today) });

    [HttpPost("pupils/add")]
    public async Task<IActionResult> AddPupil(SavePupilForm form, [FromServices] IValidator<SavePupilForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (ModelState.IsValid && await people.AddPupilAsync(form.ToDetails()) is null)
        {
            ModelState.AddModelError(nameof(SavePupilForm.MisId), MisIdTaken);
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        TempData["Status"] = $"{form.FullName!.Trim()} has been added.";
        return RedirectToAction(nameof(Pupils));
    }

    [HttpGet("pupils/{pupilId:int}")]
    public async Task<IActionResult> EditPupil(int pupilId)
    {
        if (await people.PupilFormAsync(pupilId) is not { } form)
        {
            return NotFound();
        }

        ViewData["PupilId"] = pupilId;
        return View(form);
    }

    [HttpPost("pupils/{pupilId:int}")]
    public async Task<IActionResult> EditPupil(int pupilId, SavePupilForm form, [FromServices] IValidator<SavePupilForm> validator)
    {
        if (await people.PupilNameAsync(pupilId) is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (ModelState.IsValid && !await people.ChangePupilAsync(pupilId, form.ToDetails()))
        {
            ModelState.AddModelError(nameof(SavePupilForm.MisId), MisIdTaken);
        }

        if (!ModelState.IsValid)
        {
            ViewData["PupilId"] = pupilId;
            return View(form);
        }

        TempData["Status"] = $"The changes to {form.FullName!.Trim()} have been saved.";
        return RedirectToAction(nameof(Pupils));
    }

    [HttpGet("pupils/{pupilId:int}/leave")]
    public async Task<IActionResult> PupilLeaves(int pupilId) =>
        await people.PupilNameAsync(pupilId) is { } name
            ? View("Leave", new MarkAsLeftForm { Name = name, LastDay = Infrastructure.Mvc.UkTime.Date(people.Today) })
            : NotFound();

    [HttpPost("pupils/{pupilId:int}/leave")]
    public async Task<IActionResult> PupilLeaves(int pupilId, MarkAsLeftForm form, [FromServices] IValidator<MarkAsLeftForm> validator)
    {
        if (await people.PupilNameAsync(pupilId) is not { } name)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            form.Name = name;
            return View("Leave", form);
        }

        await people.MarkPupilAsLeftAsync(pupilId, UkDateText.ParseOrNull(form.LastDay)!.Value);
        TempData["Status"] = $"{name} has been marked as left.";
        return RedirectToAction(nameof(Pupils));
    }

    private const string MisIdTaken = "Another pupil on the roster already has this admission number";

    private bool CanChangeRoles() => RoleGrants.MayChangeRoles(Roles.All.Where(User.IsInRole));
}
