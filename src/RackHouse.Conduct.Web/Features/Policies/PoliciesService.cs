using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Features.Declarations;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>Reading and acknowledging policies. Queries are fixed in number whatever the number of adults or
/// policies, so the home page stays fast for a large trust.</summary>
public sealed class PoliciesService(ConductDbContext db, CurrentSchool school, FamilyLinksService familyLinks, TimeProvider time)
{
    public async Task<(SchoolSettings Settings, AcademicYear Year, DateOnly Today)> CalendarAsync()
    {
        var settings = await school.GetAsync();
        var today = UkTime.Today(time);
        return (settings, settings.AcademicYearOf(today), today);
    }

    /// <summary>Every policy with a published version, and its round this year. One query.</summary>
    public async Task<IReadOnlyList<PolicyRound>> RoundsAsync(AcademicYear year, DayOfYear yearlyDeadline)
    {
        var published = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.PublishedAtUtc != null)
            .Select(v => new
            {
                v.PolicyId,
                v.Policy.Title,
                v.Policy.Kind,
                v.Id,
                v.Number,
                PublishedAtUtc = v.PublishedAtUtc!.Value,
                v.RequiresReacknowledgement,
                v.ReacknowledgeBy,
            })
            .ToListAsync();
        return published
            .GroupBy(v => v.PolicyId)
            .Select(versions =>
            {
                var current = versions.MaxBy(v => v.Number)!;
                var round = AcknowledgementRound.For(year, yearlyDeadline, versions.Select(v => new PublishedVersion(
                    v.Number, UkTime.DateOf(v.PublishedAtUtc), v.RequiresReacknowledgement, v.ReacknowledgeBy)))!;
                return new PolicyRound(current.PolicyId, current.Title, current.Kind, current.Id, current.Number, round);
            })
            .OrderBy(p => p.Kind).ThenBy(p => p.Title)
            .ToList();
    }

    /// <summary>This academic year's acknowledgements, of one adult or of everyone. One query.</summary>
    public async Task<IReadOnlyList<YearAcknowledgement>> AcknowledgementsAsync(AcademicYear year, int? adultId = null) =>
        await db.Acknowledgements.AsNoTracking()
            .Where(a => a.AcademicYearStart == year.StartYear && (adultId == null || a.AdultId == adultId))
            .Join(db.PolicyVersions, a => a.PolicyVersionId, v => v.Id, (a, v) => new YearAcknowledgement(a.Id, a.AdultId, v.PolicyId, v.Id, v.Number, a.AcknowledgedAtUtc))
            .ToListAsync();

    /// <summary>Where the adult stands with every policy this year. Two queries; the school's settings are read once
    /// per request.</summary>
    public async Task<IReadOnlyList<PolicyStanding>> StandingsAsync(int adultId, DateOnly startDate, DateOnly? endDate)
    {
        var (settings, year, today) = await CalendarAsync();
        var rounds = await RoundsAsync(year, settings.AcknowledgementDeadline);
        var acknowledged = await AcknowledgementsAsync(year, adultId);
        return rounds.Select(policy =>
        {
            var ofCurrent = acknowledged.SingleOrDefault(a => a.VersionId == policy.CurrentVersionId);
            return new PolicyStanding(policy, policy.DueFor(startDate, endDate, settings.NewStarterWorkingDays, acknowledged, today), ofCurrent?.Id, ofCurrent?.AcknowledgedAtUtc);
        }).ToList();
    }

    public async Task<IReadOnlyList<PolicyStanding>> StandingsAsync(int adultId)
    {
        var adult = await db.Adults.AsNoTracking().Where(a => a.Id == adultId).Select(a => new { a.StartDate, a.EndDate }).SingleAsync();
        return await StandingsAsync(adultId, adult.StartDate, adult.EndDate);
    }

    public async Task<ReadPolicyViewModel?> ReadAsync(int policyId, int adultId)
    {
        var adult = await db.Adults.AsNoTracking().Where(a => a.Id == adultId).Select(a => new { a.StartDate, a.EndDate, a.Category }).SingleAsync();
        var standing = (await StandingsAsync(adultId, adult.StartDate, adult.EndDate)).SingleOrDefault(s => s.Policy.PolicyId == policyId);
        if (standing is null)
        {
            return null;
        }

        var (settings, year, _) = await CalendarAsync();
        var version = await db.PolicyVersions.AsNoTracking().SingleAsync(v => v.Id == standing.Policy.CurrentVersionId);
        var text = PolicyText.ForSchool(version.Body, settings.SchoolName);
        return new ReadPolicyViewModel(
            standing,
            version.Number,
            version.PublishedAtUtc!.Value,
            PolicyMarkdown.Render(text),
            AcknowledgementStatements.For(standing.Policy.Kind, adult.Category),
            year)
        {
            OpenDeclarations = standing.Policy.Kind == PolicyKind.SocialMedia ? await familyLinks.OpenDeclarationsAsync(adultId) : [],
        };
    }

    /// <summary>Records the adult's acknowledgement of the version they read. A repeated or concurrent submission
    /// returns the acknowledgement already recorded: the database keeps exactly one.</summary>
    public async Task<AcknowledgementResult> AcknowledgeAsync(int policyId, int versionId, int adultId, IReadOnlyCollection<string> confirmedKeys)
    {
        var (settings, year, today) = await CalendarAsync();
        var version = await db.PolicyVersions.AsNoTracking().Include(v => v.Policy)
            .Where(v => v.PolicyId == policyId && v.PublishedAtUtc != null)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync();
        if (version is null)
        {
            return AcknowledgementResult.NotFound;
        }

        if (version.Id != versionId)
        {
            return AcknowledgementResult.NewerVersion;
        }

        var adult = await db.Adults.AsNoTracking().Where(a => a.Id == adultId).Select(a => new { a.Category, a.EndDate }).SingleAsync();
        if (adult.EndDate is { } left && left < today)
        {
            return AcknowledgementResult.NotFound;
        }

        var statements = AcknowledgementStatements.For(version.Policy.Kind, adult.Category);
        var missing = statements.Where(s => !confirmedKeys.Contains(s.Key)).ToList();
        if (await ExistingAsync(adultId, version.Id, year) is { } existing && missing.Count == 0)
        {
            return AcknowledgementResult.Recorded(existing);
        }

        // The Social Media Policy's yearly acknowledgement also confirms the adult's open family link declarations.
        var declarations = version.Policy.Kind == PolicyKind.SocialMedia ? await familyLinks.ConfirmStillCurrentAsync(adultId, year, today) : 0;
        if (declarations > 0 && !confirmedKeys.Contains(YearlyConfirmation.DeclarationsStillCurrent.Key))
        {
            missing.Add(YearlyConfirmation.DeclarationsStillCurrent);
        }

        if (missing.Count > 0)
        {
            db.ChangeTracker.Clear();
            return AcknowledgementResult.Unconfirmed(missing);
        }

        var shownText = PolicyText.ForSchool(version.Body, settings.SchoolName);
        var acknowledgement = new Acknowledgement(adultId, version.Id, year.StartYear, time.GetUtcNow().UtcDateTime, statements, PolicyText.Sha256(shownText));
        db.Acknowledgements.Add(acknowledgement);
        try
        {
            await db.SaveChangesAsync();
            return AcknowledgementResult.Recorded(acknowledgement.Id);
        }
        catch (DbUpdateException)
        {
            // Another request from the same adult may have got there first: the unique index kept one record.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(adultId, version.Id, year) is { } raced)
            {
                return AcknowledgementResult.Recorded(raced);
            }

            throw;
        }
    }

    public async Task<ReceiptViewModel?> ReceiptAsync(long acknowledgementId, int adultId) =>
        await db.Acknowledgements.AsNoTracking()
            .Where(a => a.Id == acknowledgementId && a.AdultId == adultId)
            .Join(db.PolicyVersions, a => a.PolicyVersionId, v => v.Id, (a, v) => new ReceiptViewModel(
                a.Id, v.PolicyId, v.Policy.Title, v.Number, a.AcademicYearStart, a.AcknowledgedAtUtc, a.Statements, a.TextSha256, v.TextSha256!))
            .SingleOrDefaultAsync();

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(int adultId) =>
        (await db.Acknowledgements.AsNoTracking()
            .Where(a => a.AdultId == adultId)
            .Join(db.PolicyVersions, a => a.PolicyVersionId, v => v.Id, (a, v) => new { a.Id, v.Policy.Title, v.Number, a.AcademicYearStart, a.AcknowledgedAtUtc, a.TextSha256 })
            .OrderByDescending(e => e.AcknowledgedAtUtc)
            .ToListAsync())
        .Select(e => new HistoryEntry(e.Id, e.Title, e.Number, e.AcademicYearStart, e.AcknowledgedAtUtc, e.TextSha256))
        .ToList();

    private async Task<long?> ExistingAsync(int adultId, int versionId, AcademicYear year) =>
        await db.Acknowledgements.AsNoTracking()
            .Where(a => a.AdultId == adultId && a.PolicyVersionId == versionId && a.AcademicYearStart == year.StartYear)
            .Select(a => (long?)a.Id)
            .SingleOrDefaultAsync();
}
