using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>The compliance figures. The queries return counts, dates and categories only (no names, no free
/// text, nothing about pupils), so nothing identifying can reach a governor's page by mistake.</summary>
public sealed class GovernorsService(ConductDbContext db, CurrentSchool school, TimeProvider time)
{
    public async Task<DashboardViewModel> DashboardAsync(int? startYear, SchoolTerm? term)
    {
        var settings = await school.GetAsync();
        var today = UkTime.Today(time);
        var thisYear = settings.AcademicYearOf(today);
        var versions = (await db.PolicyVersions.AsNoTracking()
            .Where(v => v.PublishedAtUtc != null && v.Policy.Kind == PolicyKind.SocialMedia)
            .Select(v => new { v.Number, PublishedAtUtc = v.PublishedAtUtc!.Value, v.RequiresReacknowledgement, v.ReacknowledgeBy })
            .ToListAsync())
            .Select(v => new PublishedVersion(v.Number, DateOnly.FromDateTime(UkTime.ToLondon(v.PublishedAtUtc)), v.RequiresReacknowledgement, v.ReacknowledgeBy))
            .ToList();
        var firstYear = versions.Count == 0 ? thisYear : settings.AcademicYearOf(versions.Min(v => v.PublishedOn));
        var years = Enumerable.Range(firstYear.StartYear, thisYear.StartYear - firstYear.StartYear + 1)
            .Select(start => new AcademicYear(start, settings.AcademicYearStart))
            .Reverse()
            .ToList();
        var period = new ReportingPeriod(years.FirstOrDefault(y => y.StartYear == startYear, thisYear), term);

        var adults = await db.Adults.AsNoTracking()
            .Select(a => new { a.Id, a.Category, a.StartDate, a.EndDate })
            .ToListAsync();
        var acknowledged = (await db.Acknowledgements.AsNoTracking()
            .Join(db.PolicyVersions.Where(v => v.Policy.Kind == PolicyKind.SocialMedia), a => a.PolicyVersionId, v => v.Id, (a, v) => new { a.AdultId, a.AcademicYearStart, v.Number })
            .GroupBy(a => new { a.AdultId, a.AcademicYearStart })
            .Select(g => new { g.Key.AdultId, g.Key.AcademicYearStart, Highest = g.Max(a => a.Number) })
            .ToListAsync())
            .ToDictionary(a => (a.AdultId, a.AcademicYearStart), a => a.Highest);

        AcknowledgementFigures FiguresFor(AcademicYear year, DateOnly asAt)
        {
            var round = AcknowledgementRound.For(year, settings.AcknowledgementDeadline, versions.Where(v => v.PublishedOn <= asAt));
            return AcknowledgementFigures.From(round is null
                ? []
                : adults.Where(a => a.StartDate <= asAt).Select(a => (a.Category, round.DueFor(
                    a.StartDate, a.EndDate, settings.NewStarterWorkingDays, acknowledged.GetValueOrDefault((a.Id, year.StartYear)), asAt).Status)));
        }

        var asAt = period.LastDay < today ? period.LastDay : today;
        var pastYears = years
            .Where(y => y.StartYear < period.Year.StartYear)
            .Select(y => new YearRate(y, FiguresFor(y, y.LastDay).Overall))
            .ToList();
        return new DashboardViewModel(period, years, asAt, FiguresFor(period.Year, asAt), pastYears);
    }
}
