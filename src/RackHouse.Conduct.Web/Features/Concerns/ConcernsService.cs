using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Audit;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Audit;
using RackHouse.Conduct.Web.Infrastructure.Email;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>Reporting a concern: the reporter's drafts, sending one (reference, routing, alerts and audit in one unit
/// of work), and what the reporter may see afterwards.</summary>
public sealed class ConcernsService(
    ConductDbContext db,
    AuditTrail audit,
    EmailOutbox outbox,
    PortalAddress portal,
    IHttpContextAccessor http,
    TimeProvider time)
{
    public const string AlertSubject = "A concern awaits you";

    /// <summary>The concerns the adult reported, with what they may know of each: reference, category, dates and status.
    /// Never case-file content. (Also the concerns section of the adult's personal-data download.)</summary>
    public async Task<IReadOnlyList<ReportedConcern>> ReportedByAsync(int adultId) =>
        (await db.Concerns.AsNoTracking()
            .Where(c => c.ReporterAdultId == adultId)
            .OrderByDescending(c => c.SubmittedAtUtc)
            .Select(c => new { c.Reference, c.Category, c.SubmittedAtUtc, c.Status, c.ClosedAtUtc })
            .ToListAsync())
        .Select(c => new ReportedConcern(c.Reference, c.Category, c.SubmittedAtUtc, ConcernNames.ForReporter(c.Status), c.ClosedAtUtc))
        .ToList();

    public async Task<ConcernsIndexViewModel> IndexAsync(int adultId)
    {
        var drafts = await db.ConcernDrafts.AsNoTracking()
            .Where(d => d.ReporterAdultId == adultId && d.SentReference == null)
            .OrderByDescending(d => d.UpdatedAtUtc)
            .Select(d => new DraftSummary(d.Id, d.Category, d.UpdatedAtUtc))
            .ToListAsync();
        return new ConcernsIndexViewModel(await ReportedByAsync(adultId), drafts);
    }

    public async Task<Guid> StartDraftAsync(int adultId)
    {
        var draft = new ConcernDraft(Guid.NewGuid(), adultId, time.GetUtcNow().UtcDateTime);
        db.ConcernDrafts.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    }

    /// <summary>The adult's own draft; null for anyone else's.</summary>
    public async Task<ConcernDraft?> DraftAsync(Guid draftId, int adultId) =>
        await db.ConcernDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId && d.ReporterAdultId == adultId);

    /// <summary>Applies one step's answers to the adult's unsent draft. False when there is no such draft.</summary>
    public async Task<bool> UpdateDraftAsync(Guid draftId, int adultId, Action<ConcernDraft, DateTime> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var draft = await db.ConcernDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.ReporterAdultId == adultId && d.SentReference == null);
        if (draft is null)
        {
            return false;
        }

        change(draft, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return true;
    }

    public async Task<IReadOnlyList<EvidenceFile>> DraftEvidenceAsync(Guid draftId) =>
        await db.Evidence.AsNoTracking()
            .Where(e => e.DraftId == draftId)
            .OrderBy(e => e.Id)
            .Select(e => new EvidenceFile(e.Id, e.FileName, e.Type, e.SizeBytes, e.Sha256, e.UploadedAtUtc))
            .ToListAsync();

    /// <summary>Removes the files uploaded to an unsent report whose category turns out to be indecent images of
    /// children: copying or holding such images is an offence, so the school must not keep them. They were never part
    /// of a concern, so no evidence is deleted. Returns how many were removed.</summary>
    public async Task<int> DiscardDraftEvidenceAsync(Guid draftId, EvidenceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var uploaded = await db.Evidence.Where(e => e.DraftId == draftId && e.ConcernId == null).ToListAsync();
        db.Evidence.RemoveRange(uploaded);
        await db.SaveChangesAsync();
        uploaded.ForEach(e => store.Delete(e.StoredName));
        return uploaded.Count;
    }

    public async Task AddEvidenceAsync(Guid draftId, int adultId, IEnumerable<(StoredFile File, string FileName)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (file, fileName) in files)
        {
            db.Evidence.Add(new Evidence(draftId, file.StoredName, fileName, file.Type, file.SizeBytes, file.Sha256, adultId, now));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The adults a report can be about: everyone who has not left, by name.</summary>
    public async Task<IReadOnlyList<AdultOption>> CurrentAdultsAsync()
    {
        var today = UkTime.Today(time);
        return await db.Adults.AsNoTracking()
            .Where(a => a.EndDate == null || a.EndDate >= today)
            .OrderBy(a => a.FullName)
            .Select(a => new AdultOption(a.Id, a.FullName, a.JobTitle))
            .ToListAsync();
    }

    public async Task<string?> AdultNameAsync(int? adultId) =>
        adultId is null ? null : await db.Adults.AsNoTracking().Where(a => a.Id == adultId).Select(a => a.FullName).SingleOrDefaultAsync();

    /// <summary>Where a report about this adult goes (the Headteacher when it is about no adult of the school). A
    /// concern for the chair goes to the LADO when no chair can receive it in the portal: saved, it would reach
    /// nobody.</summary>
    public async Task<ConcernRoute> RouteAsync(int? subjectAdultId)
    {
        var route = ConcernRouting.Route(subjectAdultId is { } id ? await RolesOfAsync(id) : []);
        return route == ConcernRoute.ChairOfGovernors
            && !(await CaseHandlersAsync()).Any(h => h.Viewer.IsChairOfGovernors && h.Viewer.AdultId != subjectAdultId)
            ? ConcernRoute.Lado
            : route;
    }

    /// <summary>Sends the draft: takes the year's next reference, routes it, attaches its evidence, alerts everyone who
    /// may see it and audits it, all in one unit of work. Sending the same draft again gives back its reference.</summary>
    public async Task<SubmitResult> SubmitAsync(Guid draftId, int adultId)
    {
        var draft = await DraftAsync(draftId, adultId);
        if (draft is null)
        {
            return new SubmitResult(SubmitOutcome.NotFound);
        }

        if (draft.IsSent)
        {
            return new SubmitResult(SubmitOutcome.Sent, draft.SentReference);
        }

        if (!draft.IsComplete)
        {
            return new SubmitResult(SubmitOutcome.Unfinished);
        }

        var route = await RouteAsync(draft.SubjectAdultId);
        if (route == ConcernRoute.Lado)
        {
            return new SubmitResult(SubmitOutcome.GoToLado);
        }

        var handlers = await CaseHandlersAsync();
        var reference = await audit.SaveAsync(async () =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var tracked = await db.ConcernDrafts.SingleAsync(d => d.Id == draftId);
            if (tracked.IsSent)
            {
                return tracked.SentReference!;
            }

            var year = UkTime.Today(time).Year;
            var caseManager = ConcernRouting.CaseManagerFor(route);
            var counter = await db.ConcernYearCounters.SingleOrDefaultAsync(c => c.Year == year && c.Series == caseManager);
            if (counter is null)
            {
                counter = new ConcernYearCounter(year, caseManager);
                db.ConcernYearCounters.Add(counter);
            }

            var concern = new Concern(year, counter.Next(), tracked.ToReport(), caseManager, now);
            if (!ConcernCategories.RefusesEvidence(concern.Category))
            {
                concern.AttachEvidence(await db.Evidence.Where(e => e.DraftId == draftId && e.ConcernId == null).ToListAsync());
            }

            db.Concerns.Add(concern);
            tracked.MarkSent(concern.Reference, now);
            await audit.AppendAsync(AuditAction.ConcernSubmitted, adultId, concern.Reference, $"Reported with {concern.Evidence.Count} evidence file(s)");
            var recipients = handlers.Where(h => ConcernRouting.CanSee(concern, h.Viewer)).ToList();
            await audit.AppendAsync(AuditAction.CaseManagerAssigned, null, concern.Reference,
                $"Case manager: {ConcernNames.Describe(concern.CaseManager)}; visible to adults {string.Join(", ", recipients.Select(r => r.Viewer.AdultId))}");
            var link = portal.Link($"/admin/concerns/{concern.Reference}", http.HttpContext?.Request);
            foreach (var recipient in recipients)
            {
                // Only that a concern awaits them: no names, no category, no details.
                outbox.Enqueue(recipient.Email, AlertSubject, link is null
                    ? "A concern awaits you in the staff conduct portal. Sign in to see it."
                    : $"A concern awaits you in the staff conduct portal.\n\nOpen it here: {link}");
            }

            return concern.Reference;
        });
        return new SubmitResult(SubmitOutcome.Sent, reference);
    }

    public async Task<ConcernReceipt?> ReceiptAsync(string reference, int adultId)
    {
        var concern = await db.Concerns.AsNoTracking().Include(c => c.Evidence)
            .SingleOrDefaultAsync(c => c.Reference == reference && c.ReporterAdultId == adultId);
        if (concern is null)
        {
            return null;
        }

        // Every view of a concern is audited, the reporter's reading of their own receipt too.
        await audit.SaveAsync(async () => await audit.AppendAsync(AuditAction.ConcernViewed, adultId, concern.Reference, "Reporter read their receipt"));
        var report = new ConcernReport(concern.ReporterAdultId, concern.Category, concern.Description, concern.ChildAtRisk, concern.Platform, concern.Address,
            concern.DeviceLocation, concern.HappenedOn, concern.FoundOn, concern.SubjectKind, concern.SubjectAdultId, concern.SubjectDescription, concern.IsSelfReferral, concern.PupilsInvolved);
        return new ConcernReceipt(concern.Reference, concern.SubmittedAtUtc, report, await AdultNameAsync(concern.SubjectAdultId), ConcernNames.ForReporter(concern.Status),
            concern.Evidence.OrderBy(e => e.Id).Select(e => new EvidenceFile(e.Id, e.FileName, e.Type, e.SizeBytes, e.Sha256, e.UploadedAtUtc)).ToList());
    }

    private async Task<List<string>> RolesOfAsync(int adultId) =>
        await db.Users.Where(u => u.AdultId == adultId)
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => ur.RoleId)
            .Join(db.Roles, roleId => roleId, r => r.Id, (roleId, r) => r.Name!)
            .ToListAsync();

    private async Task<List<CaseHandler>> CaseHandlersAsync()
    {
        string[] handling = [Roles.Headteacher, Roles.SafeguardingLead, Roles.ChairOfGovernors];
        var today = UkTime.Today(time);
        var rows = await db.Users
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.AdultId, u.Email, ur.RoleId, u.Adult.EndDate })
            .Join(db.Roles, x => x.RoleId, r => r.Id, (x, r) => new { x.AdultId, x.Email, x.EndDate, Role = r.Name! })
            .Where(x => handling.Contains(x.Role) && (x.EndDate == null || x.EndDate >= today))
            .ToListAsync();
        return rows.GroupBy(r => (r.AdultId, r.Email))
            .Where(g => g.Key.Email is not null)
            .Select(g => new CaseHandler(ConcernViewer.From(g.Key.AdultId, g.Select(r => r.Role)), g.Key.Email!))
            .ToList();
    }

    private sealed record CaseHandler(ConcernViewer Viewer, string Email);
}
