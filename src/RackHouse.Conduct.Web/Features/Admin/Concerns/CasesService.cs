using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Audit;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Web.Features.Concerns;
using RackHouse.Conduct.Web.Infrastructure.Audit;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

/// <summary>Case handling. Every query starts from <see cref="ConcernRouting.VisibleTo"/>, so a concern someone may not
/// see is missing from their lists, counts and searches, and asking for it by reference answers 404. Every view, download
/// and decision is audited in the same unit of work. Each page reads a fixed number of times, however many concerns.</summary>
public sealed class CasesService(ConductDbContext db, AuditTrail audit, CurrentSchool school, EvidenceStore store, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<QueueViewModel> QueueAsync(ConcernViewer viewer, string? search, bool closed, int page)
    {
        var settings = await school.GetAsync();
        var today = UkTime.Today(time);
        var concerns = db.Concerns.AsNoTracking().Where(ConcernRouting.VisibleTo(viewer))
            .Where(c => closed ? c.Status == ConcernStatus.Closed : c.Status != ConcernStatus.Closed);
        var term = search?.Trim().Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(term))
        {
            // By reference or by the name of the adult it is about, in any case on every provider (PostgreSQL's LIKE
            // minds case, so both sides are lowered).
            var reference = $"%{term.ToUpperInvariant()}%";
            var name = term.ToLowerInvariant();
            concerns = concerns.Where(c => EF.Functions.Like(c.Reference, reference)
                || db.Adults.Any(a => a.Id == c.SubjectAdultId && a.FullName.ToLower().Contains(name)));
        }

        var total = await concerns.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await concerns
            .OrderByDescending(c => c.IsUrgent).ThenBy(c => c.SubmittedAtUtc).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Reference, c.Category, c.IsUrgent, c.Status, c.SubmittedAtUtc, c.HarmThresholdDecidedOn, c.LadoContactedOn,
                Subject = db.Adults.Where(a => a.Id == c.SubjectAdultId).Select(a => a.FullName).FirstOrDefault(),
            })
            .ToListAsync();
        return new QueueViewModel(
            rows.Select(c => new QueueRow(c.Reference, c.Category, c.IsUrgent, c.Status, c.SubmittedAtUtc, c.Subject,
                ConcernClocks.IsTriageOverdue(c.Status, UkTime.DateOf(c.SubmittedAtUtc), c.IsUrgent, settings, today),
                ConcernClocks.IsLadoContactOverdue(c.Status, c.HarmThresholdDecidedOn, c.LadoContactedOn, settings, today))).ToList(),
            total, search, closed, page, PageSize);
    }

    /// <summary>The case file, or null when the viewer may not see it. Opening it is audited.</summary>
    public async Task<CaseViewModel?> CaseAsync(ConcernViewer viewer, string reference)
    {
        var settings = await school.GetAsync();
        var found = await db.Concerns.AsNoTracking().Where(ConcernRouting.VisibleTo(viewer)).Where(c => c.Reference == reference)
            .Select(c => new
            {
                Concern = c,
                Reporter = db.Adults.Where(a => a.Id == c.ReporterAdultId).Select(a => a.FullName).FirstOrDefault(),
                Subject = db.Adults.Where(a => a.Id == c.SubjectAdultId).Select(a => a.FullName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync();
        if (found is null)
        {
            return null;
        }

        var concern = found.Concern;
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.ConcernId == concern.Id).OrderBy(e => e.Id)
            .Select(e => new EvidenceFile(e.Id, e.FileName, e.Type, e.SizeBytes, e.Sha256, e.UploadedAtUtc))
            .ToListAsync();
        var entries = await db.ChronologyEntries.AsNoTracking().Where(e => e.ConcernId == concern.Id).OrderBy(e => e.Id)
            .Select(e => new { Entry = e, Author = db.Adults.Where(a => a.Id == e.ByAdultId).Select(a => a.FullName).FirstOrDefault() })
            .ToListAsync();
        await audit.SaveAsync(async () => await audit.AppendAsync(AuditAction.ConcernViewed, viewer.AdultId, reference, "Opened the case file"));

        var today = UkTime.Today(time);
        var triageDue = ConcernClocks.TriageDue(UkTime.DateOf(concern.SubmittedAtUtc), concern.IsUrgent, settings);
        var ladoDue = concern.HarmThresholdDecidedOn is { } decided ? ConcernClocks.LadoContactDue(decided, settings) : (DateOnly?)null;
        return new CaseViewModel(concern, found.Reporter ?? "Unknown", found.Subject, evidence,
            entries.Select(e => new CaseEntry(e.Entry, e.Author ?? "Unknown")).ToList(),
            ConcernRouting.ReadsAuditTrail(concern, viewer),
            triageDue,
            ConcernClocks.IsTriageOverdue(concern.Status, UkTime.DateOf(concern.SubmittedAtUtc), concern.IsUrgent, settings, today),
            ladoDue,
            ConcernClocks.IsLadoContactOverdue(concern.Status, concern.HarmThresholdDecidedOn, concern.LadoContactedOn, settings, today));
    }

    /// <summary>The concern as an action page needs it (its rules and chronology), without auditing a view.</summary>
    public async Task<Concern?> ForActionAsync(ConcernViewer viewer, string reference) =>
        await db.Concerns.AsNoTracking().Include(c => c.Entries).Where(ConcernRouting.VisibleTo(viewer)).SingleOrDefaultAsync(c => c.Reference == reference);

    /// <summary>Applies a domain action to the case and audits it, in one unit of work.</summary>
    public async Task<CaseActionResult> ActAsync(ConcernViewer viewer, string reference, AuditAction action, string detail, Action<Concern, DateTime, DateOnly> act)
    {
        ArgumentNullException.ThrowIfNull(act);
        try
        {
            return await audit.SaveAsync(async () =>
            {
                var concern = await db.Concerns.Include(c => c.Entries).Where(ConcernRouting.VisibleTo(viewer)).SingleOrDefaultAsync(c => c.Reference == reference);
                if (concern is null)
                {
                    return CaseActionResult.NotFound;
                }

                act(concern, time.GetUtcNow().UtcDateTime, UkTime.Today(time));
                await audit.AppendAsync(action, viewer.AdultId, reference, detail);
                return CaseActionResult.Done;
            });
        }
        catch (InvalidOperationException exception)
        {
            db.ChangeTracker.Clear();
            return new CaseActionResult(true, exception.Message);
        }
    }

    /// <summary>All low-level concerns about one adult that the viewer may see, so patterns are seen. Audited.</summary>
    public async Task<LowLevelViewModel?> LowLevelAsync(ConcernViewer viewer, int adultId)
    {
        var name = await db.Adults.AsNoTracking().Where(a => a.Id == adultId).Select(a => a.FullName).SingleOrDefaultAsync();
        if (name is null)
        {
            return null;
        }

        var rows = await db.Concerns.AsNoTracking().Where(ConcernRouting.VisibleTo(viewer))
            .Where(c => c.SubjectAdultId == adultId && c.CurrentDecision == ThresholdDecision.LowLevelConcern)
            .OrderBy(c => c.SubmittedAtUtc)
            .Select(c => new LowLevelRow(c.Reference, c.Category, c.SubmittedAtUtc, c.Status, c.HappenedOn))
            .ToListAsync();
        await audit.SaveAsync(async () => await audit.AppendAsync(AuditAction.LowLevelConcernsViewed, viewer.AdultId, null, $"Low-level concerns about adult {adultId}"));
        return new LowLevelViewModel(adultId, name, rows);
    }

    /// <summary>The case's audit trail, for its case manager only. Reading it is itself audited.</summary>
    public async Task<AuditTrailViewModel?> AuditTrailAsync(ConcernViewer viewer, string reference)
    {
        var concern = await db.Concerns.AsNoTracking().Where(ConcernRouting.VisibleTo(viewer)).SingleOrDefaultAsync(c => c.Reference == reference);
        if (concern is null || !ConcernRouting.ReadsAuditTrail(concern, viewer))
        {
            return null;
        }

        await audit.SaveAsync(async () => await audit.AppendAsync(AuditAction.AuditTrailViewed, viewer.AdultId, reference, "Read the audit trail"));
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.ConcernReference == reference).OrderBy(e => e.Sequence)
            .Select(e => new
            {
                e.Sequence, e.AtUtc, e.FromAddress, e.Action, e.Detail, e.Hash,
                Actor = db.Adults.Where(a => a.Id == e.ActorAdultId).Select(a => a.FullName).FirstOrDefault(),
            })
            .ToListAsync();
        return new AuditTrailViewModel(reference, entries.Select(e => new AuditTrailRow(e.Sequence, e.AtUtc, e.Actor ?? "The portal", e.FromAddress, e.Action, e.Detail, e.Hash)).ToList());
    }

    /// <summary>Opens an evidence file after checking its fingerprint; a download and a refused download are both
    /// audited.</summary>
    public async Task<EvidenceDownload> DownloadAsync(ConcernViewer viewer, string reference, long evidenceId, CancellationToken cancellationToken)
    {
        var row = await db.Concerns.AsNoTracking().Where(ConcernRouting.VisibleTo(viewer)).Where(c => c.Reference == reference)
            .SelectMany(c => c.Evidence).Where(e => e.Id == evidenceId)
            .Select(e => new { File = new EvidenceFile(e.Id, e.FileName, e.Type, e.SizeBytes, e.Sha256, e.UploadedAtUtc), e.StoredName })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new EvidenceDownload(null, null, false);
        }

        var content = await store.OpenVerifiedAsync(row.StoredName, row.File.Sha256, cancellationToken);
        await audit.SaveAsync(async () => await audit.AppendAsync(
            content is null ? AuditAction.EvidenceRefused : AuditAction.EvidenceDownloaded, viewer.AdultId, reference,
            content is null ? $"Evidence {evidenceId} refused: it is missing or no longer matches its SHA-256" : $"Downloaded evidence {evidenceId}"));
        return new EvidenceDownload(row.File, content, content is null);
    }
}
