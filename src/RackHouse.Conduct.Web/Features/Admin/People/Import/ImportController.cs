using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Importing adults or pupils from the school's MIS: upload, preview, confirm. Nothing is written before the
/// confirmation, and the confirmation names the previewed file by its SHA-256.</summary>
[Route("admin/people/import")]
[Authorize(Policy = AuthorizationPolicies.Roster)]
public sealed class ImportController(ImportService import, ImportUploads uploads) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new UploadRosterForm());

    [HttpPost("")]
    [RequestSizeLimit(UploadRosterForm.MaximumBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRosterForm.MaximumBytes + (1024 * 1024))]
    public async Task<IActionResult> Index(UploadRosterForm form, [FromServices] IValidator<UploadRosterForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        using var buffer = new MemoryStream();
        await form.File!.CopyToAsync(buffer);
        var hash = await uploads.SaveAsync(buffer.ToArray());
        return RedirectToAction(nameof(Preview), new { kind = form.Kind!.Value, hash });
    }

    [HttpGet("{kind}/{hash}")]
    public async Task<IActionResult> Preview(ImportKind kind, string hash) =>
        await import.PreviewAsync(kind, hash) is { } model ? View(model) : NotFound();

    [HttpPost("{kind}/{hash}/confirm")]
    public async Task<IActionResult> Confirm(ImportKind kind, string hash, [FromForm] List<int> leavers, [FromForm] bool allMissing)
    {
        if (await import.ConfirmAsync(kind, hash, leavers, allMissing, Request) is not { } outcome)
        {
            return NotFound();
        }

        var noun = kind == ImportKind.Adults ? "adults" : "pupils";
        TempData["Status"] = $"Import complete: {outcome.Added} {noun} added{(kind == ImportKind.Adults && outcome.Added > 0 ? " and invited" : string.Empty)}, {outcome.Changed} changed, {outcome.Left} marked as left, {outcome.Skipped} rows with problems not imported.";
        return Redirect(kind == ImportKind.Adults ? "/admin/people" : "/admin/people/pupils");
    }
}
