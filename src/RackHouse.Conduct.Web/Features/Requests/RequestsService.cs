using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.Web.Features.Requests;

/// <summary>Official school sites and permission requests: the adult asks, and reads back what they asked with its
/// decision; the admin pages read the same view models with the Headteacher's actions.</summary>
public sealed class RequestsService(ConductDbContext db, DecisionEmails emails, FamilyLinksService familyLinks, TimeProvider time)
{
    public const string SiteWhat = "official school site proposal";
    public const string PermissionWhat = "permission request";

    public async Task<int> ProposeSiteAsync(int adultId, ProposeSiteForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = new OfficialSiteRequest(adultId, form.Platform!, form.Address!, form.Purpose!, form.Audience!, form.Moderators!, time.GetUtcNow().UtcDateTime);
        db.OfficialSiteRequests.Add(request);
        await emails.TellHeadteachersAsync(SiteWhat, "/admin/sites");
        await db.SaveChangesAsync();
        return request.Id;
    }

    public async Task<int> AskPermissionAsync(int adultId, AskPermissionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = new PermissionRequest(adultId, form.What!, form.WithWhom!, form.Why!, form.HowLong!, time.GetUtcNow().UtcDateTime);
        db.PermissionRequests.Add(request);
        await emails.TellHeadteachersAsync(PermissionWhat, "/admin/permissions");
        await db.SaveChangesAsync();
        return request.Id;
    }

    /// <summary>One site request with its history. With <paramref name="ownerId"/>, only if that adult proposed it;
    /// <paramref name="decider"/> is the Headteacher's adult id, to list what they may do next.</summary>
    public async Task<SiteRequestViewModel?> SiteAsync(int id, int? ownerId, int? decider = null)
    {
        var request = await db.OfficialSiteRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && (ownerId == null || r.AdultId == ownerId));
        if (request is null)
        {
            return null;
        }

        var names = await familyLinks.NamesAsync(request.Steps.Select(s => s.ByAdultId).Append(request.AdultId));
        var latest = request.Steps[^1];
        return new SiteRequestViewModel(
            request.Id,
            names[request.AdultId],
            request.Platform,
            request.Address,
            request.Purpose,
            request.Audience,
            request.Moderators,
            request.Status,
            request.SubmittedAtUtc,
            request.Last(SiteRequestAction.Approve)?.AtUtc,
            request.ReviewOn,
            latest.Action == SiteRequestAction.Propose ? null : latest.Text,
            History.Of(request.Steps, names, DecisionNames.Describe),
            decider is { } head && request.PartyOf(head, isHeadteacher: true) == Party.Headteacher ? request.AvailableTo(Party.Headteacher) : []);
    }

    public async Task<PermissionViewModel?> PermissionAsync(int id, int? ownerId, int? decider = null)
    {
        var request = await db.PermissionRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && (ownerId == null || r.AdultId == ownerId));
        if (request is null)
        {
            return null;
        }

        var names = await familyLinks.NamesAsync(request.Steps.Select(s => s.ByAdultId).Append(request.AdultId));
        var latest = request.Steps[^1];
        return new PermissionViewModel(
            request.Id,
            names[request.AdultId],
            request.What,
            request.WithWhom,
            request.Why,
            request.HowLong,
            request.Status,
            request.SubmittedAtUtc,
            latest.Action == PermissionAction.Ask ? null : latest.Text,
            History.Of(request.Steps, names, DecisionNames.Describe),
            decider is { } head && request.PartyOf(head, isHeadteacher: true) == Party.Headteacher ? request.AvailableTo(Party.Headteacher) : []);
    }
}
