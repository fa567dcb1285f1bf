using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>The Headteacher's page for one record of the decision shape (a family link, a site proposal, a permission
/// request). Each decision is a form on that page: a refused form shows the page again with what was typed, and a
/// decision taken goes back to the page with what happened.</summary>
/// <typeparam name="TRecordPage">The record page's view model.</typeparam>
public abstract class DecisionController<TRecordPage> : Controller
    where TRecordPage : class
{
    /// <summary>The action, and its view, that show one record.</summary>
    protected abstract string RecordAction { get; }

    /// <summary>The record's page as this viewer sees it, or null when there is no such record.</summary>
    protected abstract Task<TRecordPage?> RecordPageAsync(int id);

    /// <summary>The Headteacher's adult id, which the record pages need to offer decisions; null for the safeguarding
    /// lead, who reads only.</summary>
    protected int? HeadteacherId() => User.IsInRole(Roles.Headteacher) ? User.GetAdultId() : null;

    protected Task<IActionResult> DecideAsync<TForm>(int id, TForm form, IValidator<TForm> validator, string prefix, Func<TRecordPage, TRecordPage> redisplay, Func<Task<StepOutcome>> step, string done) =>
        DecideAsync(id, form, validator, prefix, page => Task.FromResult(redisplay(page)), step, done);

    protected async Task<IActionResult> DecideAsync<TForm>(int id, TForm form, IValidator<TForm> validator, string prefix, Func<TRecordPage, Task<TRecordPage>> redisplay, Func<Task<StepOutcome>> step, string done)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(redisplay);
        ArgumentNullException.ThrowIfNull(step);
        (await validator.ValidateAsync(form)).AddToModelState(ModelState, prefix);
        if (!ModelState.IsValid)
        {
            return await RecordPageAsync(id) is { } page ? View(RecordAction, await redisplay(page)) : NotFound();
        }

        var outcome = await step();
        if (outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        StepMessages.Show(TempData, outcome, done);
        return RedirectToAction(RecordAction, new { id });
    }
}
