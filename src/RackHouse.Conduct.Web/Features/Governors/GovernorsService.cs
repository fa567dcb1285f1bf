using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>The compliance figures. The queries return counts, dates and categories only (no names, no free
/// text, nothing about pupils), so nothing identifying can reach a governor's page by mistake. Figures are kept in
/// memory (<see cref="SchoolRecordsCache"/>) under the database's <see cref="Data.Figures.FiguresStamp"/>, which every
/// change to a school record renews in its own transaction: until something changes, on any instance, a dashboard
/// costs a read of the stamp and of the settings. Concerns about whoever is Headteacher now count in no figure, for
/// any viewer: the Headteacher knows every other case, so any figure counting them would tell them by subtraction;
/// and the chair, who handles them, would tell the other concerns from a figure counting them.</summary>
public sealed class GovernorsService(ConductDbContext db, CurrentSchool school, TimeProvider time, SchoolRecordsCache cache)
{
    /// <param name="viewerIsHeadteacher">The Headteacher always sees who is overdue, governors only when the school's
    /// settings allow it.</param>
    public async Task<DashboardViewModel> DashboardAsync(int? startYear, SchoolTerm? term, bool viewerIsHeadteacher, CancellationToken cancellationToken)
    {
        var stamp = await db.FiguresStamps.AsNoTracking().Select(s => s.Version).SingleAsync(cancellationToken);
        var settings = await school.GetAsync();
        var today = UkTime.Today(time);
        var records = await cache.GetAsync(stamp, () => SchoolRecordsAsync(settings, stamp, cancellationToken), cancellationToken);
        var period = new ReportingPeriod(records.Years(today).FirstOrDefault(y => y.StartYear == startYear, settings.AcademicYearOf(today)), term);
        var headteachers = await HeadteachersAsync(cancellationToken);
        var dashboard = records.Dashboards.GetOrAdd(
            (today, period, string.Join(',', headteachers)),
            key => Dashboard(records, key.Period, key.Today, headteachers));
        if (!viewerIsHeadteacher && !settings.GovernorsSeeOverdueAdults)
        {
            return dashboard;
        }

        // Names are read for this viewer only and never kept with the shared figures.
        var overdue = records.OverdueAsAt(period.Year, dashboard.AsAt);
        var named = await db.Adults.AsNoTracking()
            .Where(a => overdue.Contains(a.Id))
            .OrderBy(a => a.FullName)
            .Select(a => new OverdueAdult(a.FullName, a.Category))
            .ToListAsync(cancellationToken);
        return dashboard with { OverdueAdults = named };
    }

    private static DashboardViewModel Dashboard(SchoolRecords records, ReportingPeriod period, DateOnly today, IReadOnlyCollection<int> leavingOut)
    {
        var asAt = period.LastDay < today ? period.LastDay : today;
        var pastYears = records.Years(today)
            .Where(y => y.StartYear < period.Year.StartYear)
            .Select(y => new YearRate(y, records.AcknowledgementsAsAt(y, y.LastDay).Overall))
            .ToList();
        return new DashboardViewModel(period, records.Years(today), asAt, records.AcknowledgementsAsAt(period.Year, asAt), pastYears, records.InForce(asAt))
        {
            FamilyLinks = records.FamilyLinksAsAt(period, asAt),
            // Every period of a year has its concerns as they stood on the same day, so the year is its terms added up.
            Concerns = records.ConcernsAsAt(period, period.Year.LastDay < today ? period.Year.LastDay : today, leavingOut),
        };
    }

    /// <summary>The adult ids of whoever holds the Headteacher role now, in order. Read for each request, as role
    /// changes do not renew the figures stamp.</summary>
    private async Task<List<int>> HeadteachersAsync(CancellationToken cancellationToken) =>
        await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Headteacher)))
            .Select(u => u.AdultId)
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);

    /// <summary>What every figure is computed from, in five queries.</summary>
    private async Task<SchoolRecords> SchoolRecordsAsync(SchoolSettings settings, Guid stamp, CancellationToken cancellationToken)
    {
        var published = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.PublishedAtUtc != null)
            .Select(v => new { v.PolicyId, v.Policy.Title, v.Policy.Kind, v.Number, PublishedAtUtc = v.PublishedAtUtc!.Value, v.RequiresReacknowledgement, v.ReacknowledgeBy })
            .ToListAsync(cancellationToken);
        var versions = published
            .Where(v => v.Kind == PolicyKind.SocialMedia)
            .Select(v => new PublishedVersion(v.Number, UkTime.DateOf(v.PublishedAtUtc), v.RequiresReacknowledgement, v.ReacknowledgeBy))
            .ToList();
        var adults = await db.Adults.AsNoTracking()
            .Select(a => new AdultRecord(a.Id, a.Category, a.StartDate, a.EndDate))
            .ToListAsync(cancellationToken);
        var acknowledged = (await db.Acknowledgements.AsNoTracking()
            .Join(db.PolicyVersions.Where(v => v.Policy.Kind == PolicyKind.SocialMedia), a => a.PolicyVersionId, v => v.Id, (a, v) => new { a.AdultId, a.AcademicYearStart, v.Number })
            .GroupBy(a => new { a.AdultId, a.AcademicYearStart })
            .Select(g => new { g.Key.AdultId, g.Key.AcademicYearStart, Highest = g.Max(a => a.Number) })
            .ToListAsync(cancellationToken))
            .ToDictionary(a => (a.AdultId, a.AcademicYearStart), a => a.Highest);
        var declarations = (await db.FamilyLinkDeclarations.AsNoTracking()
            .SelectMany(d => d.Steps, (d, s) => new { d.Id, s.Status, s.AtUtc })
            .ToListAsync(cancellationToken))
            .GroupBy(s => s.Id)
            .Select(steps =>
            {
                var days = steps.OrderBy(s => s.AtUtc).Select(s => (On: UkTime.DateOf(s.AtUtc), s.Status)).ToList();
                return new DeclarationTimeline(days[0].On, days);
            })
            .ToList();
        // Each concern with the entries that move its figures, or alone when it has none yet: one query.
        var concernTimelines = (await db.Concerns.AsNoTracking()
            .SelectMany(
                c => c.Entries.Where(e => e.Kind == ChronologyEntryKind.StatusChange || e.Kind == ChronologyEntryKind.Decision
                    || e.Kind == ChronologyEntryKind.Outcome || e.Kind == ChronologyEntryKind.Referral).DefaultIfEmpty(),
                (c, e) => new
                {
                    c.Id, c.SubmittedAtUtc, c.Category, c.IsUrgent, c.CaseManager, c.SubjectAdultId,
                    EntryId = (long?)e!.Id, AtUtc = (DateTime?)e.AtUtc, e.Status, e.Decision, e.Outcome, e.ReferralType, e.ReferredOn,
                })
            .ToListAsync(cancellationToken))
            .GroupBy(row => row.Id)
            .Select(rows =>
            {
                var c = rows.First();
                return new ConcernTimeline(
                    UkTime.DateOf(c.SubmittedAtUtc),
                    c.Category,
                    c.IsUrgent,
                    c.CaseManager,
                    c.SubjectAdultId,
                    rows.Where(e => e.EntryId is not null).OrderBy(e => e.AtUtc).ThenBy(e => e.EntryId)
                        .Select(e => new ConcernStep(UkTime.DateOf(e.AtUtc!.Value), e.Status, e.Decision, e.Outcome, e.ReferralType, e.ReferredOn))
                        .ToList());
            })
            .ToList();
        var inForce = published.Select(v => new PolicyInForce(v.PolicyId, v.Title, v.Number, UkTime.DateOf(v.PublishedAtUtc))).ToList();
        return new SchoolRecords(stamp, settings, versions, adults, acknowledged, inForce, declarations, concernTimelines);
    }
}
