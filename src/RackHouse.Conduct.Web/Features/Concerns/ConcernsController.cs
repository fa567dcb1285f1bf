using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>Any adult reports a concern in a few short steps, kept on the server as they go; then sees a receipt and
/// the status of what they reported, never the case file.</summary>
[Route("concerns")]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class ConcernsController(ConcernsService concerns) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await concerns.IndexAsync(User.GetAdultId()));

    [HttpPost("new")]
    public async Task<IActionResult> Start() =>
        RedirectToAction(nameof(Category), new { id = await concerns.StartDraftAsync(User.GetAdultId()) });

    [HttpGet("drafts/{id:guid}")]
    public async Task<IActionResult> Continue(Guid id) => await WithDraft(id, draft => Task.FromResult<IActionResult>(RedirectToAction(
        draft.Category is null ? nameof(Category) : !draft.HasWhatHappened ? nameof(WhatHappened) : !draft.HasWho ? nameof(Who) : nameof(Check), new { id })));

    [HttpGet("drafts/{id:guid}/category")]
    public async Task<IActionResult> Category(Guid id) =>
        await WithDraft(id, draft => Task.FromResult<IActionResult>(Step(draft, new ChooseCategoryForm { Category = draft.Category })));

    [HttpPost("drafts/{id:guid}/category")]
    public async Task<IActionResult> Category(Guid id, ChooseCategoryForm form, [FromServices] IValidator<ChooseCategoryForm> validator, [FromServices] EvidenceStore store) =>
        await WithDraft(id, async draft =>
        {
            (await validator.ValidateAsync(form)).AddToModelState(ModelState);
            if (!ModelState.IsValid)
            {
                return Step(draft, form);
            }

            await concerns.UpdateDraftAsync(id, User.GetAdultId(), (d, at) => d.ChooseCategory(form.Category!.Value, at));
            if (ConcernCategories.RefusesEvidence(form.Category!.Value) && await concerns.DiscardDraftEvidenceAsync(id, store) > 0)
            {
                TempData["Notice"] = "The files you had added to this report have been removed: do not copy or keep images of this kind. Describe them instead, and say where the device is.";
            }

            return RedirectToAction(nameof(WhatHappened), new { id });
        });

    [HttpGet("drafts/{id:guid}/what-happened")]
    public async Task<IActionResult> WhatHappened(Guid id) =>
        await WithDraft(id, draft => Task.FromResult<IActionResult>(Step(draft, WhatHappenedForm.From(draft))));

    [HttpPost("drafts/{id:guid}/what-happened")]
    public async Task<IActionResult> WhatHappened(Guid id, WhatHappenedForm form, [FromServices] IValidator<WhatHappenedForm> validator) =>
        await WithDraft(id, async draft =>
        {
            ArgumentNullException.ThrowIfNull(form);
            form.IsIndecentImages = draft.Category == ConcernCategory.IndecentImagesOfChildren;
            (await validator.ValidateAsync(form)).AddToModelState(ModelState);
            if (!ModelState.IsValid)
            {
                return Step(draft, form);
            }

            await concerns.UpdateDraftAsync(id, User.GetAdultId(), (d, at) =>
                d.DescribeWhatHappened(form.Description!, form.ChildAtRisk, form.Platform, form.Address, form.IsIndecentImages ? form.DeviceLocation : null, form.HappenedOn, form.FoundOn, at));
            return RedirectToAction(nameof(Who), new { id });
        });

    [HttpGet("drafts/{id:guid}/who")]
    public async Task<IActionResult> Who(Guid id) =>
        await WithDraft(id, async draft => await WhoStep(draft, WhoIsInvolvedForm.From(draft)));

    [HttpPost("drafts/{id:guid}/who")]
    public async Task<IActionResult> Who(Guid id, WhoIsInvolvedForm form, [FromServices] IValidator<WhoIsInvolvedForm> validator) =>
        await WithDraft(id, async draft =>
        {
            ArgumentNullException.ThrowIfNull(form);
            (await validator.ValidateAsync(form)).AddToModelState(ModelState);
            var adults = await concerns.CurrentAdultsAsync();
            if (ModelState.IsValid && !form.IsSelfReferral && form.SubjectKind == SubjectKind.AdultOfSchool && adults.All(a => a.Id != form.SubjectAdultId))
            {
                ModelState.AddModelError(nameof(form.SubjectAdultId), "Select the adult of the school the concern is about");
            }

            if (!ModelState.IsValid)
            {
                return await WhoStep(draft, form);
            }

            await concerns.UpdateDraftAsync(id, User.GetAdultId(), (d, at) =>
                d.DescribeWho(form.IsSelfReferral, form.SubjectKind ?? SubjectKind.Unknown, form.SubjectAdultId, form.SubjectDescription, form.PupilsInvolved, at));
            var subject = form.IsSelfReferral ? User.GetAdultId() : form.SubjectKind == SubjectKind.AdultOfSchool ? form.SubjectAdultId : null;
            if (await concerns.RouteAsync(subject) == ConcernRoute.Lado)
            {
                return View("Lado", new ReportStep(id, draft.Category));
            }

            return RedirectToAction(nameof(Evidence), new { id });
        });

    [HttpGet("drafts/{id:guid}/evidence")]
    public async Task<IActionResult> Evidence(Guid id, [FromServices] EvidenceStore store) =>
        await WithDraft(id, async draft => View(new EvidenceViewModel(id, draft.Category, await concerns.DraftEvidenceAsync(id), store.MaxBytes)));

    /// <summary>Streams the posted files to the evidence folder one by one. The antiforgery token, the form's first
    /// field, is checked by the reader before any file is read, so the global filter is not needed here.</summary>
    [HttpPost("drafts/{id:guid}/evidence")]
    [IgnoreAntiforgeryToken]
    [DisableRequestSizeLimit]
    [DisableFormValueModelBinding]
    public async Task<IActionResult> Evidence(Guid id, [FromServices] EvidenceUploadReader reader, [FromServices] EvidenceStore store) =>
        await WithDraft(id, async draft =>
        {
            var refusesFiles = draft.Category is { } category && ConcernCategories.RefusesEvidence(category);
            var upload = await reader.ReadAsync(HttpContext, acceptFiles: !refusesFiles);
            if (!upload.IsValidRequest)
            {
                return BadRequest();
            }

            if (upload.Stored.Count > 0)
            {
                await concerns.AddEvidenceAsync(id, User.GetAdultId(), upload.Stored);
            }

            if (upload.Refusals.Count == 0)
            {
                return RedirectToAction(nameof(Check), new { id });
            }

            foreach (var refusal in upload.Refusals)
            {
                ModelState.AddModelError(EvidenceUploadReader.FilesField, refusal);
            }

            return View(new EvidenceViewModel(id, draft.Category, await concerns.DraftEvidenceAsync(id), store.MaxBytes));
        });

    [HttpGet("drafts/{id:guid}/check")]
    public async Task<IActionResult> Check(Guid id) => await WithDraft(id, async draft => View(await CheckModel(draft)));

    [HttpPost("drafts/{id:guid}/check")]
    public async Task<IActionResult> Send(Guid id)
    {
        var result = await concerns.SubmitAsync(id, User.GetAdultId());
        switch (result.Outcome)
        {
            case SubmitOutcome.Sent:
                return RedirectToAction(nameof(Receipt), new { reference = result.Reference });
            case SubmitOutcome.NotFound:
                return NotFound();
            default:
                var draft = (await concerns.DraftAsync(id, User.GetAdultId()))!;
                ModelState.AddModelError(string.Empty, result.Outcome == SubmitOutcome.GoToLado
                    ? "This concern cannot be sent through the portal: report it to the LADO"
                    : "Answer every question before you send the report");
                return View(nameof(Check), await CheckModel(draft));
        }
    }

    [HttpGet("{reference}")]
    public async Task<IActionResult> Receipt(string reference) =>
        await concerns.ReceiptAsync(reference, User.GetAdultId()) is { } receipt ? View(receipt) : NotFound();

    private async Task<IActionResult> WithDraft(Guid id, Func<ConcernDraft, Task<IActionResult>> action)
    {
        var draft = await concerns.DraftAsync(id, User.GetAdultId());
        if (draft is null)
        {
            return NotFound();
        }

        return draft.IsSent ? RedirectToAction(nameof(Receipt), new { reference = draft.SentReference }) : await action(draft);
    }

    private ViewResult Step(ConcernDraft draft, object form)
    {
        ViewData[nameof(ReportStep)] = new ReportStep(draft.Id, draft.Category);
        return View(form);
    }

    private async Task<IActionResult> WhoStep(ConcernDraft draft, WhoIsInvolvedForm form)
    {
        ViewData[nameof(AdultOption)] = await concerns.CurrentAdultsAsync();
        return Step(draft, form);
    }

    private async Task<CheckViewModel> CheckModel(ConcernDraft draft) =>
        new(draft, await concerns.AdultNameAsync(draft.SubjectAdultId), await concerns.DraftEvidenceAsync(draft.Id),
            draft.HasWho ? await concerns.RouteAsync(draft.SubjectAdultId) : ConcernRoute.Headteacher);
}
