using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>What the office keeps about the adult, their roles and the state of their account.</summary>
public sealed class ProfileSection(ConductDbContext db) : IPersonalDataSection
{
    public string Title => "Profile";

    public async Task<PersonalDataTable> ReadAsync(int adultId, CancellationToken cancellationToken)
    {
        var adult = await db.Adults.AsNoTracking().SingleAsync(a => a.Id == adultId, cancellationToken);
        var account = await db.Users.AsNoTracking().Where(u => u.AdultId == adultId).Select(u => new { u.Id, u.TwoFactorEnabled }).SingleOrDefaultAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           join user in db.Users on userRole.UserId equals user.Id
                           where user.AdultId == adultId
                           select role.Name!).ToListAsync(cancellationToken);
        var joined = await db.Invitations.Where(i => i.AdultId == adultId).Select(i => i.AcceptedAtUtc).SingleOrDefaultAsync(cancellationToken);
        return new PersonalDataTable(
            ["Name", "Email address", "Category", "Job title", "Works directly with children", "Employer", "Start date", "Last day", "Roles", "Two-factor authentication", "Joined the portal"],
            [[
                adult.FullName,
                adult.Email,
                adult.Category.Describe(),
                adult.JobTitle,
                adult.WorksDirectlyWithChildren ? "Yes" : "No",
                adult.Employer,
                UkTime.Date(adult.StartDate),
                adult.EndDate is { } end ? UkTime.Date(end) : null,
                string.Join(", ", Roles.All.Where(roles.Contains).Select(Roles.Describe)),
                account?.TwoFactorEnabled == true ? "On" : "Off",
                joined is { } at ? UkTime.DateAndTime(at) : null,
            ]]);
    }
}
