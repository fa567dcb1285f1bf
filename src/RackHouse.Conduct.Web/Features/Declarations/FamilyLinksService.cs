using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>The adult's side of family link declarations, and the list of everything they have declared or asked.
/// Every query filters on the signed-in adult: another adult's record is simply not found.</summary>
public sealed class FamilyLinksService(ConductDbContext db, DecisionEmails emails, TimeProvider time)
{
    public const string What = "family link declaration";
    private const int MostMatches = 20;

    /// <summary>The adult's own declarations, site requests and permission requests with their statuses, newest first.
    /// Three queries. The personal-data download uses this too.</summary>
    public async Task<OwnRecords> OwnRecordsAsync(int adultId)
    {
        var declarations = await DeclarationsAsync(d => d.AdultId == adultId);
        var sites = await db.OfficialSiteRequests.AsNoTracking().Where(r => r.AdultId == adultId)
            .OrderByDescending(r => r.SubmittedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new OwnSiteRequest(r.Id, r.Platform, r.Address, r.Status, r.SubmittedAtUtc, r.LastChangedAtUtc))
            .ToListAsync();
        var permissions = await db.PermissionRequests.AsNoTracking().Where(r => r.AdultId == adultId)
            .OrderByDescending(r => r.SubmittedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new OwnPermissionRequest(r.Id, r.What, r.WithWhom, r.HowLong, r.Status, r.SubmittedAtUtc, r.LastChangedAtUtc))
            .ToListAsync();
        return new OwnRecords(declarations, sites, permissions);
    }

    /// <summary>The adult's declarations still standing (submitted, discussed or acknowledged). One query.</summary>
    public async Task<IReadOnlyList<OwnDeclaration>> OpenDeclarationsAsync(int adultId)
    {
        var open = FamilyLinkDeclaration.Rules.Open.ToList();
        return await DeclarationsAsync(d => d.AdultId == adultId && open.Contains(d.Status));
    }

    /// <summary>Pupils at the school now whose names contain every word typed, in any case.</summary>
    public async Task<IReadOnlyList<PupilMatch>> FindPupilsAsync(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var today = UkTime.Today(time);
        return await db.Pupils.AsNoTracking()
            .Where(p => p.LeftOn == null || p.LeftOn >= today)
            .Matching(name)
            .OrderBy(p => p.FullName).ThenBy(p => p.YearGroup).Take(MostMatches)
            .Select(p => new PupilMatch(p.Id, p.FullName, p.YearGroup))
            .ToListAsync();
    }

    public async Task<bool> IsCurrentPupilAsync(int pupilId)
    {
        var today = UkTime.Today(time);
        return await db.Pupils.AnyAsync(p => p.Id == pupilId && (p.LeftOn == null || p.LeftOn >= today));
    }

    public async Task<int> DeclareAsync(int adultId, DeclareFamilyLinkForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var declaration = new FamilyLinkDeclaration(
            adultId,
            form.ChosenPupilId,
            form.PupilName,
            form.Relationship!.Value,
            form.SocialMediaContact == "yes",
            form.Platforms,
            form.Details,
            time.GetUtcNow().UtcDateTime);
        db.FamilyLinkDeclarations.Add(declaration);
        await emails.TellHeadteachersAsync(What, "/admin/family-links");
        await db.SaveChangesAsync();
        return declaration.Id;
    }

    public async Task<DeclarationViewModel?> DeclarationAsync(int id, int adultId)
    {
        var row = (await DeclarationsAsync(d => d.Id == id && d.AdultId == adultId)).SingleOrDefault();
        if (row is null)
        {
            return null;
        }

        var declaration = await db.FamilyLinkDeclarations.AsNoTracking().SingleAsync(d => d.Id == id);
        var names = await NamesAsync(declaration.Steps.Select(s => s.ByAdultId));
        return new DeclarationViewModel(
            row,
            declaration.Protocols,
            History.Of(declaration.Steps, names, DecisionNames.Describe),
            declaration.Can(DeclarationAction.Withdraw, Party.Requester));
    }

    public async Task<StepOutcome> WithdrawAsync(int id, int adultId, string? reason)
    {
        var declaration = await db.FamilyLinkDeclarations.SingleOrDefaultAsync(d => d.Id == id && d.AdultId == adultId);
        if (declaration is null)
        {
            return StepOutcome.NotFound;
        }

        if (!declaration.Can(DeclarationAction.Withdraw, Party.Requester))
        {
            return StepOutcome.NotAllowed;
        }

        declaration.Withdraw(adultId, time.GetUtcNow().UtcDateTime, reason);
        return await SaveAsync();
    }

    /// <summary>Adds the yearly "still current" step to each of the adult's open declarations, for the caller's
    /// SaveChanges to keep with the acknowledgement. Returns how many there were.</summary>
    public async Task<int> ConfirmStillCurrentAsync(int adultId, AcademicYear year, DateOnly today)
    {
        var open = FamilyLinkDeclaration.Rules.Open.ToList();
        var declarations = await db.FamilyLinkDeclarations.Where(d => d.AdultId == adultId && open.Contains(d.Status)).ToListAsync();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var declaration in declarations)
        {
            declaration.ConfirmStillCurrent(adultId, now, today, year);
        }

        return declarations.Count;
    }

    /// <summary>Saves a step; a concurrent change to the same record wins and this one is refused.</summary>
    public async Task<StepOutcome> SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return StepOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StepOutcome.ChangedElsewhere;
        }
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int> adultIds)
    {
        var ids = adultIds.Distinct().ToList();
        return await db.Adults.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.FullName);
    }

    /// <summary>The declarations <paramref name="which"/> selects, with the pupil's name and year group from the roster
    /// when linked to it, newest first. One query.</summary>
    private async Task<List<OwnDeclaration>> DeclarationsAsync(Expression<Func<FamilyLinkDeclaration, bool>> which) =>
        (await db.FamilyLinkDeclarations.AsNoTracking()
            .Where(which)
            .LeftJoin(db.Pupils, d => d.PupilId, p => (int?)p.Id, (d, p) => new OwnDeclaration(
                d.Id,
                p == null ? d.PupilName! : p.FullName,
                p == null ? null : p.YearGroup,
                d.Relationship,
                d.InSocialMediaContact,
                d.Platforms,
                d.Details,
                d.Status,
                d.SubmittedAtUtc,
                d.LastChangedAtUtc))
            .ToListAsync())
        .OrderByDescending(d => d.SubmittedAtUtc).ThenByDescending(d => d.Id)
        .ToList();
}
