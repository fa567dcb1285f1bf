using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

/// <summary>The Headteacher drafts, previews, compares and publishes policy versions, and adds further policies.</summary>
[Route("admin/policies")]
[Authorize(Policy = AuthorizationPolicies.Headteacher)]
public sealed class AdminPoliciesController(AdminPoliciesService policies, CurrentSchool school, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await policies.ListAsync());

    [HttpGet("new")]
    public IActionResult Add() => View(new AddPolicyForm());

    [HttpPost("new")]
    public async Task<IActionResult> Add(AddPolicyForm form, [FromServices] IValidator<AddPolicyForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (ModelState.IsValid && await policies.TitleIsTakenAsync(form.Title!))
        {
            ModelState.AddModelError(nameof(AddPolicyForm.Title), "There is already a policy with this title");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var policy = await policies.AddAsync(form.Title!, form.Body!, User.GetAdultId());
        TempData["Status"] = $"{policy.Title} has been added as a draft. Publish it when it is ready.";
        return RedirectToAction(nameof(Draft), new { policyId = policy.Id });
    }

    [HttpGet("{policyId:int}")]
    public async Task<IActionResult> Detail(int policyId)
    {
        var policy = await policies.FindAsync(policyId);
        if (policy is null)
        {
            return NotFound();
        }

        var names = await policies.NamesAsync(policy.Versions.Select(v => v.PublishedByAdultId));
        return View(new PolicyDetailViewModel(policy, names));
    }

    [HttpPost("{policyId:int}/draft/start")]
    public async Task<IActionResult> StartDraft(int policyId)
    {
        var policy = await policies.FindAsync(policyId);
        if (policy is null)
        {
            return NotFound();
        }

        if (!await policies.StartDraftAsync(policy, User.GetAdultId()))
        {
            TempData["Status"] = "A new version was already being drafted: here it is.";
        }

        return RedirectToAction(nameof(Draft), new { policyId });
    }

    [HttpGet("{policyId:int}/draft")]
    public async Task<IActionResult> Draft(int policyId)
    {
        var policy = await policies.FindAsync(policyId);
        if (policy?.Draft is not { } draft)
        {
            return policy is null ? NotFound() : RedirectToAction(nameof(Detail), new { policyId });
        }

        return View(new DraftViewModel(policy, draft, new DraftPolicyForm { Body = draft.Body, ChangeSummary = draft.ChangeSummary }, await policies.RenderAsync(draft.Body)));
    }

    [HttpPost("{policyId:int}/draft")]
    public async Task<IActionResult> Draft(int policyId, DraftPolicyForm form, [FromServices] IValidator<DraftPolicyForm> validator)
    {
        var policy = await policies.FindAsync(policyId);
        if (policy?.Draft is not { } draft)
        {
            return policy is null ? NotFound() : RedirectToAction(nameof(Detail), new { policyId });
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(new DraftViewModel(policy, draft, form, await policies.RenderAsync(draft.Body)));
        }

        await policies.SaveDraftAsync(draft, form.Body!, form.ChangeSummary);
        TempData["Status"] = $"Version {draft.Number} has been saved as a draft. Nobody sees it until you publish it.";
        return RedirectToAction(nameof(Draft), new { policyId });
    }

    /// <summary>The live preview beside the editor: the same rendering and sanitising as the published page.</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> Preview([FromForm] string? body) =>
        PartialView("_Preview", await policies.RenderAsync(body ?? string.Empty));

    [HttpGet("{policyId:int}/draft/publish")]
    public async Task<IActionResult> Publish(int policyId)
    {
        var policy = await policies.FindAsync(policyId);
        if (policy?.Draft is null)
        {
            return policy is null ? NotFound() : RedirectToAction(nameof(Detail), new { policyId });
        }

        var deadline = AdminPoliciesService.DefaultReacknowledgeBy(UkTime.Today(time), await school.GetAsync());
        return View(PublishViewModel.For(policy, new PublishPolicyForm
        {
            Reacknowledge = policy.CurrentVersion is null ? "yes" : null,
            DeadlineDay = deadline.Day,
            DeadlineMonth = deadline.Month,
            DeadlineYear = deadline.Year,
        }));
    }

    [HttpPost("{policyId:int}/draft/publish")]
    public async Task<IActionResult> Publish(int policyId, PublishPolicyForm form, [FromServices] IValidator<PublishPolicyForm> validator)
    {
        var policy = await policies.FindAsync(policyId);
        if (policy?.Draft is not { } draft)
        {
            return policy is null ? NotFound() : RedirectToAction(nameof(Detail), new { policyId });
        }

        if (policy.CurrentVersion is null)
        {
            // A policy's first version opens a round with its own deadline, or everyone would be overdue at once.
            form.Reacknowledge = "yes";
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(PublishViewModel.For(policy, form));
        }

        await policies.PublishAsync(policy, User.GetAdultId(), form.RequiresReacknowledgement, form.Deadline);
        TempData["Status"] = form.RequiresReacknowledgement
            ? $"Version {draft.Number} is published. Everyone has been emailed to acknowledge it by {UkTime.Date(form.Deadline!.Value)}."
            : $"Version {draft.Number} is published. Acknowledgements made this year still count.";
        return RedirectToAction(nameof(Version), new { policyId, number = draft.Number });
    }

    [HttpGet("{policyId:int}/versions/{number:int}")]
    public async Task<IActionResult> Version(int policyId, int number)
    {
        var policy = await policies.FindAsync(policyId);
        var version = policy?.Versions.SingleOrDefault(v => v.Number == number && v.IsPublished);
        if (policy is null || version is null)
        {
            return NotFound();
        }

        var previous = policy.Versions.Where(v => v.IsPublished && v.Number < number).MaxBy(v => v.Number);
        var names = await policies.NamesAsync([version.PublishedByAdultId]);
        return View(new VersionViewModel(
            policy,
            version,
            version.PublishedByAdultId is { } id ? names[id] : "Installed with the portal",
            await policies.RenderAsync(version.Body),
            previous is null ? null : TextComparison.Compare(previous.Body, version.Body)));
    }
}
