using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Infrastructure.Email;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>Emails adults who owe an acknowledgement, following <see cref="ReminderSchedule"/>: one email per adult
/// covering every policy they owe, never more than one a week, none to leavers or to anyone up to date. Each
/// reminder is recorded with its email in one transaction; the database allows one per adult per day, so running
/// this again the same day, or on two instances at once, sends nothing twice.</summary>
public sealed class AcknowledgementReminders(
    ConductDbContext db,
    PoliciesService policies,
    EmailOutbox outbox,
    PortalAddress address,
    ILogger<AcknowledgementReminders> logger)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var (settings, year, today) = await policies.CalendarAsync();
        var rounds = await policies.RoundsAsync(year, settings.AcknowledgementDeadline);
        if (rounds.Count == 0)
        {
            return 0;
        }

        var adults = await db.Adults.AsNoTracking()
            .Where(a => a.EndDate == null || a.EndDate >= today)
            .Select(a => new { a.Id, a.FullName, a.Email, a.StartDate, a.EndDate })
            .ToListAsync(cancellationToken);
        var acknowledged = (await policies.AcknowledgementsAsync(year)).ToLookup(a => a.AdultId);
        var lastReminded = await db.AcknowledgementReminders.AsNoTracking()
            .GroupBy(r => r.AdultId)
            .Select(g => new { AdultId = g.Key, Last = g.Max(r => r.SentOn) })
            .ToDictionaryAsync(r => r.AdultId, r => r.Last, cancellationToken);

        var sent = 0;
        foreach (var adult in adults)
        {
            var owed = rounds
                .Select(round => (round.Title, Due: round.DueFor(adult.StartDate, adult.EndDate, settings.NewStarterWorkingDays, acknowledged[adult.Id], today)))
                .Where(p => p.Due.IsOwed)
                .OrderBy(p => p.Due.Deadline)
                .ToList();
            if (owed.Count == 0)
            {
                continue;
            }

            var deadline = owed[0].Due.Deadline!.Value;
            var kind = ReminderSchedule.Decide(today, deadline, lastReminded.TryGetValue(adult.Id, out var last) ? last : null);
            if (kind is null)
            {
                continue;
            }

            db.AcknowledgementReminders.Add(new AcknowledgementReminder(adult.Id, today, kind.Value));
            outbox.Enqueue(adult.Email, Subject(kind.Value, settings.SchoolName), Body(adult.FullName, kind.Value, owed.Select(p => (p.Title, p.Due.Deadline!.Value)), address.Link("/policies")));
            sent++;
        }

        if (sent == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance sent today's reminders first: the unique index refused ours, and nothing was sent twice.
            db.ChangeTracker.Clear();
            logger.LogInformation("Today's acknowledgement reminders were already sent by another instance");
            return 0;
        }

        logger.LogInformation("Queued {Count} acknowledgement reminders", sent);
        return sent;
    }

    private static string Subject(ReminderKind kind, string schoolName) => kind == ReminderKind.Overdue
        ? $"Overdue: please acknowledge {schoolName}'s policies"
        : $"Reminder: please acknowledge {schoolName}'s policies within 7 days";

    private static string Body(string fullName, ReminderKind kind, IEnumerable<(string Title, DateOnly Deadline)> owed, string? link)
    {
        var lines = string.Join('\n', owed.Select(p => $"- {p.Title}: due by {UkTime.Date(p.Deadline)}"));
        var opening = kind == ReminderKind.Overdue
            ? "You have not yet acknowledged the following, and the deadline has passed:"
            : "Please read and acknowledge the following before the deadline:";
        var where = link is null ? "Sign in to the staff conduct portal and open Policies." : $"Sign in and open Policies: {link}";
        return $"Dear {fullName.Split(' ')[0]},\n\n{opening}\n\n{lines}\n\n{where}\n\nYou will be reminded once a week until it is done.\n";
    }
}
