using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Features.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

/// <summary>The acknowledgement register: every adult's standing with one policy this academic year. A fixed number
/// of queries, whatever the number of adults: the policies, the adults and this year's acknowledgements.</summary>
public sealed class RegisterService(ConductDbContext db, PoliciesService policies)
{
    public async Task<RegisterViewModel> RegisterAsync(RegisterFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (settings, year, today) = await policies.CalendarAsync();
        var rounds = await policies.RoundsAsync(year, settings.AcknowledgementDeadline);
        var selected = rounds.FirstOrDefault(r => r.PolicyId == filter.Policy) ?? (rounds.Count > 0 ? rounds[0] : null);
        if (selected is null)
        {
            return new RegisterViewModel(rounds, null, year, filter, [], RegisterTotals.Of([]));
        }

        var adults = await db.Adults.AsNoTracking()
            .OrderBy(a => a.FullName)
            .Select(a => new { a.Id, a.FullName, a.Email, a.Category, a.JobTitle, a.StartDate, a.EndDate })
            .ToListAsync();
        var acknowledged = (await db.Acknowledgements.AsNoTracking()
                .Where(a => a.AcademicYearStart == year.StartYear)
                .Join(db.PolicyVersions.Where(v => v.PolicyId == selected.PolicyId), a => a.PolicyVersionId, v => v.Id, (a, v) => new { a.AdultId, v.Number, a.AcknowledgedAtUtc })
                .ToListAsync())
            .GroupBy(a => a.AdultId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Number)!);
        var rows = adults.Select(adult =>
        {
            var mine = acknowledged.GetValueOrDefault(adult.Id);
            var due = selected.Round.DueFor(adult.StartDate, adult.EndDate, settings.NewStarterWorkingDays, mine?.Number, today);
            return new RegisterRow(adult.Id, adult.FullName, adult.Email, adult.Category, adult.JobTitle, due.Status, due.Deadline, mine?.Number, mine?.AcknowledgedAtUtc);
        }).ToList();
        return new RegisterViewModel(rounds, selected, year, filter, rows.Where(filter.Matches).ToList(), RegisterTotals.Of(rows));
    }

    public async Task<AdultHistoryViewModel?> HistoryAsync(int adultId)
    {
        var adult = await db.Adults.AsNoTracking().SingleOrDefaultAsync(a => a.Id == adultId);
        if (adult is null)
        {
            return null;
        }

        var standings = await policies.StandingsAsync(adult.Id, adult.StartDate, adult.EndDate);
        var history = await policies.HistoryAsync(adult.Id);
        return new AdultHistoryViewModel(adult, standings, history);
    }
}
