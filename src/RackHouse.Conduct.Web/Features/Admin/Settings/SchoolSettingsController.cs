using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.Web.Features.Admin.Settings;

/// <summary>The school's contacts and clocks. Everyone in the admin area sees them; only the Headteacher changes them.</summary>
[Route("admin/settings")]
[Authorize(Policy = AuthorizationPolicies.Admin)]
public sealed class SchoolSettingsController(ConductDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.SchoolSettings.AsNoTracking().SingleOrDefaultAsync() ?? new SchoolSettings());

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpGet("change")]
    public async Task<IActionResult> Change() =>
        View(ChangeSchoolSettingsForm.From(await db.SchoolSettings.AsNoTracking().SingleOrDefaultAsync() ?? new SchoolSettings()));

    [Authorize(Policy = AuthorizationPolicies.Headteacher)]
    [HttpPost("change")]
    public async Task<IActionResult> Change(ChangeSchoolSettingsForm form, [FromServices] IValidator<ChangeSchoolSettingsForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var settings = await db.SchoolSettings.SingleOrDefaultAsync();
        if (settings is null)
        {
            settings = new SchoolSettings();
            db.SchoolSettings.Add(settings);
        }
        else if (settings.Version != form.Version)
        {
            return await SettingsChangedElsewhere();
        }

        form.ApplyTo(settings);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await SettingsChangedElsewhere();
        }

        TempData["Status"] = "The school settings have been saved.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SettingsChangedElsewhere()
    {
        db.ChangeTracker.Clear();
        var current = await db.SchoolSettings.AsNoTracking().SingleAsync();
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, "Someone else changed the settings while you were editing them. Their changes are shown below: make yours again and save");
        return View(nameof(Change), ChangeSchoolSettingsForm.From(current));
    }
}
