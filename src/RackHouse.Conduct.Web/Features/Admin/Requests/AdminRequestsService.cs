using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Web.Features.Declarations;
using RackHouse.Conduct.Web.Features.Requests;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

/// <summary>The Headteacher's decisions on official site proposals and permission requests, and the register of
/// approved sites. Each list is one query.</summary>
public sealed class AdminRequestsService(ConductDbContext db, FamilyLinksService familyLinks, DecisionEmails emails, TimeProvider time)
{
    public async Task<SitesViewModel> SitesAsync()
    {
        var rows = await db.OfficialSiteRequests.AsNoTracking()
            .Join(db.Adults, r => r.AdultId, a => a.Id, (r, a) => new SiteRow(
                r.Id,
                a.FullName,
                r.Platform,
                r.Address,
                r.Status,
                r.SubmittedAtUtc,
                r.LastChangedAtUtc,
                r.Steps.Where(s => s.Action == SiteRequestAction.Approve).Select(s => (DateTime?)s.AtUtc).FirstOrDefault(),
                r.Steps.Where(s => s.Action == SiteRequestAction.Approve).Select(s => s.OnDate).FirstOrDefault()))
            .ToListAsync();
        return new SitesViewModel(
            rows.Where(r => r.Status == SiteRequestStatus.Proposed).OrderBy(r => r.SubmittedAtUtc).ToList(),
            rows.Where(r => r.Status == SiteRequestStatus.Approved).OrderBy(r => r.ReviewOn).ThenBy(r => r.Platform, StringComparer.CurrentCulture).ToList(),
            rows.Where(r => r.Status is SiteRequestStatus.Declined or SiteRequestStatus.Closed).OrderByDescending(r => r.LastChangedAtUtc).ToList(),
            UkTime.Today(time));
    }

    public async Task<IReadOnlyList<PermissionRow>> PermissionsAsync() =>
        (await db.PermissionRequests.AsNoTracking()
            .Join(db.Adults, r => r.AdultId, a => a.Id, (r, a) => new PermissionRow(r.Id, a.FullName, r.What, r.WithWhom, r.HowLong, r.Status, r.SubmittedAtUtc, r.LastChangedAtUtc))
            .ToListAsync())
        .OrderByDescending(r => r.Status == PermissionStatus.Requested)
        .ThenByDescending(r => r.LastChangedAtUtc)
        .ToList();

    public Task<StepOutcome> ApproveSiteAsync(int id, int headteacherId, ApproveSiteForm form) =>
        SiteStepAsync(id, headteacherId, SiteRequestAction.Approve, (r, now) => r.Approve(headteacherId, now, form.Reasons!, form.ReviewOn!.Value));

    public Task<StepOutcome> DeclineSiteAsync(int id, int headteacherId, DecisionReasonForm form) =>
        SiteStepAsync(id, headteacherId, SiteRequestAction.Decline, (r, now) => r.Decline(headteacherId, now, form.Reason!));

    public Task<StepOutcome> CloseSiteAsync(int id, int headteacherId, DecisionReasonForm form) =>
        SiteStepAsync(id, headteacherId, SiteRequestAction.Close, (r, now) => r.Close(headteacherId, now, form.Reason!));

    public Task<StepOutcome> GrantAsync(int id, int headteacherId, GrantPermissionForm form) =>
        PermissionStepAsync(id, headteacherId, PermissionAction.Grant, (r, now) => r.Grant(headteacherId, now, form.Conditions));

    public Task<StepOutcome> RefuseAsync(int id, int headteacherId, DecisionReasonForm form) =>
        PermissionStepAsync(id, headteacherId, PermissionAction.Refuse, (r, now) => r.Refuse(headteacherId, now, form.Reason!));

    private async Task<StepOutcome> SiteStepAsync(int id, int headteacherId, SiteRequestAction action, Action<OfficialSiteRequest, DateTime> take)
    {
        var request = await db.OfficialSiteRequests.SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return StepOutcome.NotFound;
        }

        if (request.PartyOf(headteacherId, isHeadteacher: true) != Party.Headteacher || !request.Can(action, Party.Headteacher))
        {
            return StepOutcome.NotAllowed;
        }

        take(request, time.GetUtcNow().UtcDateTime);
        await emails.TellAdultAsync(request.AdultId, RequestsService.SiteWhat, $"/family-links/sites/{id}");
        return await familyLinks.SaveAsync();
    }

    private async Task<StepOutcome> PermissionStepAsync(int id, int headteacherId, PermissionAction action, Action<PermissionRequest, DateTime> take)
    {
        var request = await db.PermissionRequests.SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return StepOutcome.NotFound;
        }

        if (request.PartyOf(headteacherId, isHeadteacher: true) != Party.Headteacher || !request.Can(action, Party.Headteacher))
        {
            return StepOutcome.NotAllowed;
        }

        take(request, time.GetUtcNow().UtcDateTime);
        await emails.TellAdultAsync(request.AdultId, RequestsService.PermissionWhat, $"/family-links/permissions/{id}");
        return await familyLinks.SaveAsync();
    }
}
