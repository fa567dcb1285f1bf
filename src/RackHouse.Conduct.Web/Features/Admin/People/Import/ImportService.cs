using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Invitations;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Previews an uploaded roster file against the records and, once confirmed, writes all of it in one
/// transaction or nothing: additions with their invitations and emails, changes, and the leavers the office ticked.
/// The file is read again from its hash at confirmation, so what is written is what that file says. A fixed number of
/// queries whatever the size of the file.</summary>
public sealed class ImportService(ConductDbContext db, ImportUploads uploads, InvitationsService invitations, TimeProvider time)
{
    /// <summary>How many additions and changes the preview lists; the rest are counted.</summary>
    public const int Shown = 100;

    /// <summary>New people are saved this many at a time, within the one transaction, so the context never tracks a
    /// whole trust's roster at once: memory stays flat and each save stays quick.</summary>
    private const int BatchSize = 1_000;

    public async Task<ImportPreviewViewModel?> PreviewAsync(ImportKind kind, string hash)
    {
        if (await uploads.ReadAsync(hash) is not { } content)
        {
            return null;
        }

        var table = CsvTable.Read(content);
        if (kind == ImportKind.Adults)
        {
            var plan = AdultImportPlanner.Plan(AdultFileReader.Read(table), await AdultsOnRecordAsync(), Today);
            return new ImportPreviewViewModel(
                kind,
                hash,
                plan.Additions.Take(Shown).Select(a => new PreviewRow(a.Line, a.Details.FullName, $"{a.Details.Email}, {a.Details.Category.Describe()}", [])).ToList(),
                plan.Additions.Count,
                plan.Changes.Take(Shown).Select(c => new PreviewRow(c.Line, c.Details.FullName, c.Details.Email, c.Fields)).ToList(),
                plan.Changes.Count,
                plan.Missing,
                plan.Problems,
                plan.Unchanged);
        }

        var pupils = PupilImportPlanner.Plan(PupilFileReader.Read(table), await PupilsOnRecordAsync(), Today);
        return new ImportPreviewViewModel(
            kind,
            hash,
            pupils.Additions.Take(Shown).Select(a => new PreviewRow(a.Line, a.Details.FullName, $"{a.Details.YearGroup}, {a.Details.MisId}", [])).ToList(),
            pupils.Additions.Count,
            pupils.Changes.Take(Shown).Select(c => new PreviewRow(c.Line, c.Details.FullName, c.Details.MisId ?? string.Empty, c.Fields)).ToList(),
            pupils.Changes.Count,
            pupils.Missing,
            pupils.Problems,
            pupils.Unchanged);
    }

    /// <summary>Writes the import. Leavers are those ticked (or all, with <paramref name="allMissing"/>) among the
    /// people missing from the file now; anyone else ticked is ignored. Null when the file is not there.</summary>
    public async Task<ImportOutcome?> ConfirmAsync(ImportKind kind, string hash, IReadOnlyCollection<int> leavers, bool allMissing, HttpRequest? request)
    {
        ArgumentNullException.ThrowIfNull(leavers);
        if (await uploads.ReadAsync(hash) is not { } content)
        {
            return null;
        }

        var table = CsvTable.Read(content);
        return kind == ImportKind.Adults
            ? await ConfirmAdultsAsync(AdultFileReader.Read(table), leavers, allMissing, request)
            : await ConfirmPupilsAsync(PupilFileReader.Read(table), leavers, allMissing);
    }

    private DateOnly Today => UkTime.Today(time);

    private async Task<ImportOutcome> ConfirmAdultsAsync(ImportedFile<AdultImportRow> file, IReadOnlyCollection<int> ticked, bool allMissing, HttpRequest? request) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var today = Today;
            var plan = AdultImportPlanner.Plan(file, await AdultsOnRecordAsync(), today);
            var tickedIds = ticked.ToHashSet();
            var leaverIds = plan.Missing.Select(m => m.Id).Where(id => allMissing || tickedIds.Contains(id)).ToList();
            var touched = plan.Changes.Select(c => c.Id).Concat(leaverIds).ToList();
            var adults = await db.Adults.Where(a => touched.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
            foreach (var change in plan.Changes)
            {
                adults[change.Id].Change(change.Details);
            }

            foreach (var id in leaverIds)
            {
                var adult = adults[id];
                adult.MarkAsLeft(today < adult.StartDate ? adult.StartDate : today);
            }

            foreach (var user in await db.Users.Where(u => touched.Contains(u.AdultId)).ToListAsync())
            {
                if (adults[user.AdultId].EndDate is { } end && end <= today)
                {
                    DisabledAccounts.Disable(user);
                }
                else
                {
                    DisabledAccounts.Enable(user);
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            foreach (var chunk in plan.Additions.Chunk(BatchSize))
            {
                var added = chunk.Select(a =>
                {
                    var adult = new Adult(a.Details.FullName, a.Details.Email, a.Details.Category, a.Details.StartDate);
                    adult.Change(a.Details);
                    return adult;
                }).ToList();
                db.Adults.AddRange(added);
                await db.SaveChangesAsync();
                invitations.Issue(added.Where(a => !a.HasLeft(today)), request);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync();
            return new ImportOutcome(plan.Additions.Count, plan.Changes.Count, leaverIds.Count, plan.Problems.Count);
        });

    private async Task<ImportOutcome> ConfirmPupilsAsync(ImportedFile<PupilImportRow> file, IReadOnlyCollection<int> ticked, bool allMissing) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var today = Today;
            var plan = PupilImportPlanner.Plan(file, await PupilsOnRecordAsync(), today);
            var tickedIds = ticked.ToHashSet();
            var leaverIds = plan.Missing.Select(m => m.Id).Where(id => allMissing || tickedIds.Contains(id)).ToList();
            var touched = plan.Changes.Select(c => c.Id).Concat(leaverIds).ToList();
            var pupils = await db.Pupils.Where(p => touched.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
            foreach (var change in plan.Changes)
            {
                pupils[change.Id].Change(change.Details);
            }

            foreach (var id in leaverIds)
            {
                var pupil = pupils[id];
                pupil.MarkAsLeft(today < pupil.JoinedOn ? pupil.JoinedOn : today);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            foreach (var chunk in plan.Additions.Chunk(BatchSize))
            {
                db.Pupils.AddRange(chunk.Select(a =>
                {
                    var pupil = new Pupil(a.Details.FullName, a.Details.YearGroup, a.Details.MisId, a.Details.JoinedOn);
                    pupil.Change(a.Details);
                    return pupil;
                }));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync();
            return new ImportOutcome(plan.Additions.Count, plan.Changes.Count, leaverIds.Count, plan.Problems.Count);
        });

    private async Task<List<(int Id, AdultDetails Details)>> AdultsOnRecordAsync() =>
        (await db.Adults.AsNoTracking()
            .Select(a => new { a.Id, a.FullName, a.Email, a.Category, a.JobTitle, a.WorksDirectlyWithChildren, a.Employer, a.StartDate, a.EndDate })
            .ToListAsync())
        .Select(a => (a.Id, new AdultDetails(a.FullName, a.Email, a.Category, a.JobTitle, a.WorksDirectlyWithChildren, a.Employer, a.StartDate, a.EndDate)))
        .ToList();

    private async Task<List<(int Id, PupilDetails Details)>> PupilsOnRecordAsync() =>
        (await db.Pupils.AsNoTracking()
            .Select(p => new { p.Id, p.FullName, p.YearGroup, p.MisId, p.JoinedOn, p.LeftOn })
            .ToListAsync())
        .Select(p => (p.Id, new PupilDetails(p.FullName, p.YearGroup, p.MisId, p.JoinedOn, p.LeftOn)))
        .ToList();
}
