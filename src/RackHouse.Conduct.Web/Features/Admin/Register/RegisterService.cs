using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
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
        var acknowledged = (await policies.AcknowledgementsAsync(year)).ToLookup(a => a.AdultId);
        var rows = adults.Select(adult =>
        {
            var mine = acknowledged[adult.Id].Where(a => a.PolicyId == selected.PolicyId).MaxBy(a => a.VersionNumber);
            var due = selected.DueFor(adult.StartDate, adult.EndDate, settings.NewStarterWorkingDays, acknowledged[adult.Id], today);
            return new RegisterRow(adult.Id, adult.FullName, adult.Email, adult.Category, adult.JobTitle, due.Status, due.Deadline, mine?.VersionNumber, mine?.AcknowledgedAtUtc);
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
