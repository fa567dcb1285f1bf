using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Email;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>The emails of the request and decision shape: the Headteacher is told something awaits them, the adult
/// that a decision was made. They carry a link only: never a pupil's name, a relationship or any detail. The caller's
/// SaveChanges sends them with the change.</summary>
public sealed class DecisionEmails(ConductDbContext db, EmailOutbox outbox, PortalAddress address, IHttpContextAccessor http, TimeProvider time)
{
    /// <param name="what">e.g. "family link declaration".</param>
    public async Task TellHeadteachersAsync(string what, string path)
    {
        var today = UkTime.Today(time);
        var headteacherRole = await db.Roles.Where(r => r.Name == Roles.Headteacher).Select(r => r.Id).SingleOrDefaultAsync();
        var emails = await db.UserRoles.Where(ur => ur.RoleId == headteacherRole)
            .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => u.Adult)
            .Where(a => a.EndDate == null || a.EndDate >= today)
            .Select(a => a.Email)
            .ToListAsync();
        foreach (var email in emails)
        {
            outbox.Enqueue(email, $"A new {what} awaits your decision", $"A new {what} has been made in the staff conduct portal and awaits your decision.\n\n{Where(path)}\n");
        }
    }

    public async Task TellAdultAsync(int adultId, string what, string path)
    {
        var email = await db.Adults.Where(a => a.Id == adultId).Select(a => a.Email).SingleAsync();
        outbox.Enqueue(email, $"A decision has been made on your {what}", $"The Headteacher has made a decision on your {what}.\n\n{Where(path)}\n");
    }

    private string Where(string path) =>
        address.Link(path, http.HttpContext?.Request) is { } link ? $"See it here: {link}" : "Sign in to the staff conduct portal to see it.";
}
