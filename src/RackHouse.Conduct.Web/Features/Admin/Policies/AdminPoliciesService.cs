using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Features.Policies;
using RackHouse.Conduct.Web.Infrastructure.Email;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

/// <summary>The Headteacher's side of the policy library: new policies, drafts, publishing and comparisons.</summary>
public sealed class AdminPoliciesService(ConductDbContext db, CurrentSchool school, EmailOutbox outbox, PortalAddress address, TimeProvider time)
{
    public async Task<IReadOnlyList<PolicySummary>> ListAsync() =>
        (await db.Policies.AsNoTracking()
            .Select(p => new
            {
                p.Id,
                p.Title,
                Current = p.Versions.Where(v => v.PublishedAtUtc != null).OrderByDescending(v => v.Number).Select(v => new { v.Number, v.PublishedAtUtc }).FirstOrDefault(),
                Draft = p.Versions.Where(v => v.PublishedAtUtc == null).Select(v => (int?)v.Number).FirstOrDefault(),
            })
            .OrderBy(p => p.Title)
            .ToListAsync())
        .Select(p => new PolicySummary(p.Id, p.Title, p.Current?.Number, p.Current?.PublishedAtUtc, p.Draft))
        .ToList();

    public async Task<Policy?> FindAsync(int policyId) =>
        await db.Policies.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == policyId);

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int?> adultIds)
    {
        var ids = adultIds.OfType<int>().Distinct().ToList();
        return await db.Adults.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.FullName);
    }

    /// <summary>Adds a further policy (a code of conduct, acceptable use) with its first version as a draft.</summary>
    public async Task<Policy> AddAsync(string title, string body, int adultId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var policy = new Policy(title, PolicyKind.General, now);
        policy.StartDraft(body, adultId, now);
        db.Policies.Add(policy);
        await db.SaveChangesAsync();
        return policy;
    }

    public async Task<bool> TitleIsTakenAsync(string title)
    {
        var trimmed = title.Trim();
        return await db.Policies.AnyAsync(p => p.Title == trimmed);
    }

    /// <summary>Starts the next version from the current text. Returns false when a draft already exists.</summary>
    public async Task<bool> StartDraftAsync(Policy policy, int adultId)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Draft is not null)
        {
            return false;
        }

        policy.StartDraft(policy.CurrentVersion?.Body ?? $"# {policy.Title}", adultId, time.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            // Someone else started the same version number a moment ago; theirs is the draft.
            return false;
        }
    }

    public async Task SaveDraftAsync(PolicyVersion draft, string body, string? changeSummary)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft.Revise(body, changeSummary);
        await db.SaveChangesAsync();
    }

    /// <summary>Publishes the draft. A version that everyone must acknowledge again also emails every current adult,
    /// in the same transaction, that it awaits them.</summary>
    public async Task PublishAsync(Policy policy, int adultId, bool requiresReacknowledgement, DateOnly? reacknowledgeBy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var draft = policy.Draft ?? throw new InvalidOperationException("There is no draft to publish.");
        draft.Publish(adultId, time.GetUtcNow().UtcDateTime, requiresReacknowledgement, reacknowledgeBy);
        if (requiresReacknowledgement)
        {
            var settings = await school.GetAsync();
            var today = UkTime.Today(time);
            var link = address.Link("/policies");
            var where = link is null ? "Sign in to the staff conduct portal and open Policies." : $"Sign in and open Policies: {link}";
            var emails = await db.Adults.AsNoTracking().Where(a => a.EndDate == null || a.EndDate >= today).Select(a => a.Email).ToListAsync();
            foreach (var email in emails)
            {
                outbox.Enqueue(
                    email,
                    $"Please read and acknowledge the new {policy.Title}",
                    $"{settings.SchoolName} has published version {draft.Number} of its {policy.Title}, and everyone who works in or for the school must read and acknowledge it again.\n\n" +
                    $"Please do this by {UkTime.Date(reacknowledgeBy!.Value)}. {where}\n");
            }
        }

        await db.SaveChangesAsync();
    }

    public static DateOnly DefaultReacknowledgeBy(DateOnly today, SchoolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return WorkingDays.Add(today, settings.NewStarterWorkingDays);
    }

    public async Task<RenderedPolicy> RenderAsync(string body)
    {
        var settings = await school.GetAsync();
        return PolicyMarkdown.Render(PolicyText.ForSchool(body, settings.SchoolName));
    }
}
