using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>The compliance figures. The queries return counts, dates and categories only (no names, no free
/// text, nothing about pupils), so nothing identifying can reach a governor's page by mistake. Figures are kept in
/// memory under the database's <see cref="Data.Figures.FiguresStamp"/>, which every change to a school record
/// renews in its own transaction: a dashboard costs one small query until something changes, on any instance.</summary>
public sealed class GovernorsService(ConductDbContext db, CurrentSchool school, TimeProvider time, IMemoryCache cache)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    public async Task<DashboardViewModel> DashboardAsync(int? startYear, SchoolTerm? term)
    {
        var settings = await school.GetAsync();
        var stamp = await db.FiguresStamps.AsNoTracking().Select(s => s.Version).SingleAsync();
        var today = UkTime.Today(time);
        var records = (await cache.GetOrCreateAsync((typeof(SchoolRecords), stamp), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            return SchoolRecordsAsync(settings);
        }))!;
        var period = new ReportingPeriod(records.Years(today).FirstOrDefault(y => y.StartYear == startYear, settings.AcademicYearOf(today)), term);
        return cache.GetOrCreate((typeof(DashboardViewModel), stamp, today, period), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            return Dashboard(records, period, today);
        })!;
    }

    private static DashboardViewModel Dashboard(SchoolRecords records, ReportingPeriod period, DateOnly today)
    {
        var asAt = period.LastDay < today ? period.LastDay : today;
        var pastYears = records.Years(today)
            .Where(y => y.StartYear < period.Year.StartYear)
            .Select(y => new YearRate(y, records.AcknowledgementsAsAt(y, y.LastDay).Overall))
            .ToList();
        return new DashboardViewModel(period, records.Years(today), asAt, records.AcknowledgementsAsAt(period.Year, asAt), pastYears);
    }

    /// <summary>What every figure is computed from, in three queries.</summary>
    private async Task<SchoolRecords> SchoolRecordsAsync(SchoolSettings settings)
    {
        var versions = (await db.PolicyVersions.AsNoTracking()
            .Where(v => v.PublishedAtUtc != null && v.Policy.Kind == PolicyKind.SocialMedia)
            .Select(v => new { v.Number, PublishedAtUtc = v.PublishedAtUtc!.Value, v.RequiresReacknowledgement, v.ReacknowledgeBy })
            .ToListAsync())
            .Select(v => new PublishedVersion(v.Number, DateOnly.FromDateTime(UkTime.ToLondon(v.PublishedAtUtc)), v.RequiresReacknowledgement, v.ReacknowledgeBy))
            .ToList();
        var adults = await db.Adults.AsNoTracking()
            .Select(a => new AdultRecord(a.Id, a.Category, a.StartDate, a.EndDate))
            .ToListAsync();
        var acknowledged = (await db.Acknowledgements.AsNoTracking()
            .Join(db.PolicyVersions.Where(v => v.Policy.Kind == PolicyKind.SocialMedia), a => a.PolicyVersionId, v => v.Id, (a, v) => new { a.AdultId, a.AcademicYearStart, v.Number })
            .GroupBy(a => new { a.AdultId, a.AcademicYearStart })
            .Select(g => new { g.Key.AdultId, g.Key.AcademicYearStart, Highest = g.Max(a => a.Number) })
            .ToListAsync())
            .ToDictionary(a => (a.AdultId, a.AcademicYearStart), a => a.Highest);
        return new SchoolRecords(settings.AcademicYearStart, settings.AcknowledgementDeadline, settings.NewStarterWorkingDays, versions, adults, acknowledged);
    }
}
