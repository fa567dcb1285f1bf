using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>Every adult reads the school's policies and acknowledges the current version once each academic year.</summary>
[Route("policies")]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class PoliciesController(PoliciesService policies) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await policies.StandingsAsync(User.GetAdultId()));

    [HttpGet("{policyId:int}")]
    public async Task<IActionResult> Read(int policyId) =>
        await policies.ReadAsync(policyId, User.GetAdultId()) is { } model ? View(model) : NotFound();

    [HttpPost("{policyId:int}")]
    public async Task<IActionResult> Read(int policyId, [Bind(Prefix = "")] AcknowledgeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var adultId = User.GetAdultId();
        var result = await policies.AcknowledgeAsync(policyId, form.VersionId, adultId, form.Confirmed);
        switch (result.Outcome)
        {
            case AcknowledgementOutcome.Recorded:
                return RedirectToAction(nameof(Receipt), new { acknowledgementId = result.AcknowledgementId });
            case AcknowledgementOutcome.NewerVersion:
                ModelState.AddModelError(string.Empty, "A new version of this policy was published while you were reading it. Read this version, then confirm each statement again");
                break;
            case AcknowledgementOutcome.Unconfirmed:
                foreach (var statement in result.UnconfirmedStatements)
                {
                    ModelState.AddModelError($"confirm-{statement.Key}", $"Confirm that: {statement.Text}");
                }

                break;
            default:
                return NotFound();
        }

        var model = await policies.ReadAsync(policyId, adultId);
        return model is null ? NotFound() : View(model with { Confirmed = result.Outcome == AcknowledgementOutcome.NewerVersion ? [] : form.Confirmed });
    }

    [HttpGet("acknowledgements/{acknowledgementId:long}")]
    public async Task<IActionResult> Receipt(long acknowledgementId) =>
        await policies.ReceiptAsync(acknowledgementId, User.GetAdultId()) is { } receipt ? View(receipt) : NotFound();

    [HttpGet("history")]
    public async Task<IActionResult> History() => View(await policies.HistoryAsync(User.GetAdultId()));
}
