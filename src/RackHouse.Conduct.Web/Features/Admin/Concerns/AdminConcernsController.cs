using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Audit;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

/// <summary>Case handling for the Headteacher, the safeguarding lead and the chair, each on the concerns routed to
/// them. A concern someone may not see answers 404, as if it did not exist.</summary>
[Route("admin/concerns")]
[Authorize(Policy = AuthorizationPolicies.CaseHandling)]
public sealed class AdminConcernsController(CasesService cases) : Controller
{
    private const string Reference = "{reference}";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, bool closed = false, int page = 1) =>
        View(await cases.QueueAsync(Viewer(), search, closed, page));

    [HttpGet(Reference)]
    public async Task<IActionResult> Case(string reference) =>
        await cases.CaseAsync(Viewer(), reference) is { } model ? View(model) : NotFound();

    [HttpGet(Reference + "/evidence/{evidenceId:long}")]
    public async Task<IActionResult> Evidence(string reference, long evidenceId)
    {
        var download = await cases.DownloadAsync(Viewer(), reference, evidenceId, HttpContext.RequestAborted);
        if (download.File is null)
        {
            return NotFound();
        }

        if (download.Tampered)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("EvidenceRefused", reference);
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(download.Content!, EvidenceTypes.ContentType(download.File.Type), download.File.FileName);
    }

    [HttpGet(Reference + "/audit")]
    public async Task<IActionResult> AuditTrail(string reference) =>
        await cases.AuditTrailAsync(Viewer(), reference) is { } model ? View(model) : NotFound();

    [HttpGet("adults/{adultId:int}")]
    public async Task<IActionResult> LowLevel(int adultId) =>
        await cases.LowLevelAsync(Viewer(), adultId) is { } model ? View(model) : NotFound();

    [HttpGet(Reference + "/triage")]
    public async Task<IActionResult> Triage(string reference) => await ActionPage(reference, c => c.CanTriage, new TriageForm());

    [HttpPost(Reference + "/triage")]
    public async Task<IActionResult> Triage(string reference, TriageForm form, [FromServices] IValidator<TriageForm> validator) =>
        await Act(reference, form, validator, AuditAction.DecisionRecorded, () => $"Threshold decision: {form.Decision}",
            (c, at, today) => c.Triage(form.Decision!.Value, form.Rationale!, User.GetAdultId(), at, today), "The decision has been recorded.");

    [HttpPost(Reference + "/investigate")]
    public async Task<IActionResult> Investigate(string reference) =>
        Done(reference, await cases.ActAsync(Viewer(), reference, AuditAction.InvestigationStarted, "Investigation started",
            (c, at, _) => c.StartInvestigation(User.GetAdultId(), at)), "The case is now being investigated.");

    [HttpGet(Reference + "/notes")]
    public async Task<IActionResult> Note(string reference) => await ActionPage(reference, c => c.CanAddToCase, new CaseNoteForm());

    [HttpPost(Reference + "/notes")]
    public async Task<IActionResult> Note(string reference, CaseNoteForm form, [FromServices] IValidator<CaseNoteForm> validator) =>
        await Act(reference, form, validator, AuditAction.NoteAdded, () => "Case note added",
            (c, at, _) => c.AddNote(form.Text!, User.GetAdultId(), at), "The case note has been added.");

    [HttpGet(Reference + "/referrals")]
    public async Task<IActionResult> Referral(string reference) => await ActionPage(reference, c => c.CanAddToCase, new ReferralForm());

    [HttpPost(Reference + "/referrals")]
    public async Task<IActionResult> Referral(string reference, ReferralForm form, [FromServices] IValidator<ReferralForm> validator) =>
        await Act(reference, form, validator, AuditAction.ReferralRecorded, () => $"Referral recorded: {form.Type}",
            (c, at, _) => c.AddReferral(form.Type!.Value, form.ReferredOn!.Value, form.ExternalReference, form.Advice!, User.GetAdultId(), at), "The referral has been recorded.");

    [HttpGet(Reference + "/outcome")]
    public async Task<IActionResult> Outcome(string reference) => await ActionPage(reference, c => c.CanRecordOutcome, new OutcomeForm());

    [HttpPost(Reference + "/outcome")]
    public async Task<IActionResult> Outcome(string reference, OutcomeForm form, [FromServices] IValidator<OutcomeForm> validator) =>
        await Act(reference, form, validator, AuditAction.OutcomeRecorded, () => $"Outcome: {form.Outcome}",
            (c, at, _) => c.RecordOutcome(form.Outcome!.Value, form.Reasons!, User.GetAdultId(), at), "The outcome has been recorded.");

    [HttpGet(Reference + "/close")]
    public async Task<IActionResult> Close(string reference) => await ActionPage(reference, c => c.CanClose, new CloseCaseForm());

    [HttpPost(Reference + "/close")]
    public async Task<IActionResult> Close(string reference, CloseCaseForm form, [FromServices] IValidator<CloseCaseForm> validator) =>
        await Act(reference, form, validator, AuditAction.ConcernClosed, () => "Case closed",
            (c, at, _) => c.Close(form.Summary!, form.LessonsLearned, User.GetAdultId(), at), "The case has been closed.");

    [HttpGet(Reference + "/addenda")]
    public async Task<IActionResult> Addendum(string reference, long? entry) => await ActionPage(reference, _ => true, new AddendumForm { EntryId = entry });

    [HttpPost(Reference + "/addenda")]
    public async Task<IActionResult> Addendum(string reference, AddendumForm form, [FromServices] IValidator<AddendumForm> validator) =>
        await Act(reference, form, validator, AuditAction.AddendumAdded, () => $"Addendum to entry {form.EntryId}",
            (c, at, _) => c.AddAddendum(form.EntryId!.Value, form.Text!, User.GetAdultId(), at), "The addendum has been added.");

    private ConcernViewer Viewer() => ConcernViewer.From(User.GetAdultId(), Roles.All.Where(User.IsInRole));

    private async Task<IActionResult> ActionPage<TForm>(string reference, Func<Concern, bool> allowed, TForm form)
    {
        var concern = await cases.ForActionAsync(Viewer(), reference);
        if (concern is null)
        {
            return NotFound();
        }

        if (!allowed(concern))
        {
            TempData["Status"] = "That action is not open for this case now.";
            return RedirectToAction(nameof(Case), new { reference });
        }

        ViewData[nameof(Concern)] = concern;
        return View(form);
    }

    private async Task<IActionResult> Act<TForm>(string reference, TForm form, IValidator<TForm> validator, AuditAction action, Func<string> detail, Action<Concern, DateTime, DateOnly> act, string done)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var result = await cases.ActAsync(Viewer(), reference, action, detail(), act);
            if (!result.Found || result.Refusal is null)
            {
                return Done(reference, result, done);
            }

            ModelState.AddModelError(string.Empty, result.Refusal);
        }

        var concern = await cases.ForActionAsync(Viewer(), reference);
        if (concern is null)
        {
            return NotFound();
        }

        ViewData[nameof(Concern)] = concern;
        return View(form);
    }

    private IActionResult Done(string reference, CaseActionResult result, string message)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Status"] = result.Refusal ?? message;
        return RedirectToAction(nameof(Case), new { reference });
    }
}
