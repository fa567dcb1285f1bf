using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

/// <summary>The Headteacher's register of family link declarations and each decision on them. The register is one
/// query whatever the number of declarations; filters and totals are worked out in memory.</summary>
public sealed class AdminFamilyLinksService(ConductDbContext db, FamilyLinksService familyLinks, DecisionEmails emails, TimeProvider time)
{
    public async Task<DeclarationRegisterViewModel> RegisterAsync(DeclarationFilter filter, bool canDecide)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = (await RowsAsync(_ => true))
            .OrderByDescending(r => r.NeedsReview)
            .ThenByDescending(r => r.AwaitsDecision)
            .ThenByDescending(r => r.LastChangedAtUtc)
            .ThenByDescending(r => r.Id)
            .ToList();
        return new DeclarationRegisterViewModel(
            filter,
            rows.Where(filter.Matches).ToList(),
            rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()),
            rows.Count(r => r.NeedsReview),
            rows.Where(r => r.YearGroup is not null).Select(r => r.YearGroup!).Distinct().Order(StringComparer.Ordinal).ToList(),
            rows.GroupBy(r => r.AdultId).Select(g => KeyValuePair.Create(g.Key, g.First().AdultName)).OrderBy(a => a.Value, StringComparer.CurrentCulture).ToList(),
            canDecide);
    }

    /// <param name="headteacherId">The signed-in adult when they are the Headteacher; null for the safeguarding lead.</param>
    public async Task<AdminDeclarationViewModel?> DeclarationAsync(int id, int? headteacherId, int viewerId)
    {
        var row = (await RowsAsync(d => d.Id == id)).SingleOrDefault();
        if (row is null)
        {
            return null;
        }

        var declaration = await db.FamilyLinkDeclarations.AsNoTracking().SingleAsync(d => d.Id == id);
        var names = await familyLinks.NamesAsync(declaration.Steps.Select(s => s.ByAdultId));
        var actions = headteacherId is { } head && declaration.PartyOf(head, isHeadteacher: true) == Party.Headteacher
            ? declaration.AvailableTo(Party.Headteacher).Where(a => a != DeclarationAction.MatchPupil || declaration.PupilId is null).ToList()
            : [];
        return new AdminDeclarationViewModel(
            row,
            declaration.Platforms,
            declaration.Details,
            declaration.PupilName,
            declaration.Protocols,
            History.Of(declaration.Steps, names, DecisionNames.Describe),
            actions,
            declaration.AdultId == viewerId)
        {
            Match = new MatchPupilForm { Name = declaration.PupilName },
        };
    }

    public Task<StepOutcome> RecordDiscussionAsync(int id, int headteacherId, RecordDiscussionForm form) =>
        StepAsync(id, headteacherId, DeclarationAction.RecordDiscussion, (d, now) => d.RecordDiscussion(headteacherId, now, form.MeetingDate!.Value, form.Notes!), tellAdult: false);

    public Task<StepOutcome> AcknowledgeAsync(int id, int headteacherId, AcknowledgeLinkForm form) =>
        StepAsync(id, headteacherId, DeclarationAction.Acknowledge, (d, now) => d.Acknowledge(headteacherId, now, form.Protocols!), tellAdult: true);

    public Task<StepOutcome> DeclineAsync(int id, int headteacherId, DeclineLinkForm form) =>
        StepAsync(id, headteacherId, DeclarationAction.Decline, (d, now) => d.Decline(headteacherId, now, form.Reason!), tellAdult: true);

    public Task<StepOutcome> EndAsync(int id, int headteacherId, EndLinkForm form) =>
        StepAsync(id, headteacherId, DeclarationAction.End, (d, now) => d.End(headteacherId, now, form.Reason!.Value, form.Note), tellAdult: true);

    public async Task<StepOutcome> MatchPupilAsync(int id, int headteacherId, int pupilId)
    {
        var alreadyLinked = await db.FamilyLinkDeclarations.Where(d => d.Id == id).Select(d => (bool?)(d.PupilId != null)).SingleOrDefaultAsync();
        if (alreadyLinked is null)
        {
            return StepOutcome.NotFound;
        }

        var pupil = await db.Pupils.AsNoTracking().Where(p => p.Id == pupilId).Select(p => p.FullName).SingleOrDefaultAsync();
        if (pupil is null || alreadyLinked.Value)
        {
            return StepOutcome.NotAllowed;
        }

        return await StepAsync(id, headteacherId, DeclarationAction.MatchPupil, (d, now) => d.MatchPupil(headteacherId, now, pupilId, pupil), tellAdult: false);
    }

    private async Task<StepOutcome> StepAsync(int id, int headteacherId, DeclarationAction action, Action<FamilyLinkDeclaration, DateTime> take, bool tellAdult)
    {
        var declaration = await db.FamilyLinkDeclarations.SingleOrDefaultAsync(d => d.Id == id);
        if (declaration is null)
        {
            return StepOutcome.NotFound;
        }

        if (declaration.PartyOf(headteacherId, isHeadteacher: true) != Party.Headteacher || !declaration.Can(action, Party.Headteacher))
        {
            return StepOutcome.NotAllowed;
        }

        take(declaration, time.GetUtcNow().UtcDateTime);
        if (tellAdult)
        {
            await emails.TellAdultAsync(declaration.AdultId, FamilyLinksService.What, $"/family-links/{id}");
        }

        return await familyLinks.SaveAsync();
    }

    private async Task<List<DeclarationRegisterRow>> RowsAsync(Expression<Func<FamilyLinkDeclaration, bool>> which) =>
        await db.FamilyLinkDeclarations.AsNoTracking()
            .Where(which)
            .Join(db.Adults, d => d.AdultId, a => a.Id, (d, a) => new { Declaration = d, AdultName = a.FullName })
            .LeftJoin(db.Pupils, x => x.Declaration.PupilId, p => (int?)p.Id, (x, p) => new DeclarationRegisterRow(
                x.Declaration.Id,
                x.Declaration.AdultId,
                x.AdultName,
                p == null ? x.Declaration.PupilName! : p.FullName,
                p != null,
                p == null ? null : p.YearGroup,
                p == null ? null : p.LeftOn,
                x.Declaration.Relationship,
                x.Declaration.InSocialMediaContact,
                x.Declaration.Status,
                x.Declaration.SubmittedAtUtc,
                x.Declaration.LastChangedAtUtc))
            .ToListAsync();
}
