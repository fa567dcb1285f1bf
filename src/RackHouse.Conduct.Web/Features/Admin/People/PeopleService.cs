using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Audit;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Invitations;
using RackHouse.Conduct.Web.Infrastructure.Audit;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>The roster: lists of adults and pupils, adding and changing them, and marking leavers. Each list is two
/// queries (how many match, and the page), whatever the size of the school.</summary>
public sealed class PeopleService(ConductDbContext db, InvitationsService invitations, AccountProvisioning accounts, UserManager<ConductUser> users, AuditTrail audit, TimeProvider time)
{
    public const int PageSize = 50;

    public DateOnly Today => UkTime.Today(time);

    public async Task<AdultListViewModel> AdultsAsync(AdultFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = Today;
        var query = db.Adults.AsNoTracking();
        query = filter.Status == PeopleStatus.Left
            ? query.Where(a => a.EndDate < today)
            : query.Where(a => a.EndDate == null || a.EndDate >= today);
        if (filter.Category is { } category)
        {
            query = query.Where(a => a.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLower();
            query = query.Where(a => a.FullName.ToLower().Contains(term) || a.Email.ToLower().Contains(term));
        }

        var total = await query.CountAsync();
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query
            .OrderBy(a => a.FullName).ThenBy(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new
            {
                a.Id,
                a.FullName,
                a.Email,
                a.Category,
                a.JobTitle,
                a.EndDate,
                HasPassword = db.Users.Any(u => u.AdultId == a.Id && u.PasswordHash != null),
                InvitationExpires = db.Invitations.Where(i => i.AdultId == a.Id).Select(i => (DateTime?)i.ExpiresAtUtc).FirstOrDefault(),
            })
            .ToListAsync();
        var now = time.GetUtcNow().UtcDateTime;
        var list = rows.Select(r => new AdultRow(r.Id, r.FullName, r.Email, r.Category, r.JobTitle, r.EndDate, AccountStatusNames.Of(r.HasPassword, r.InvitationExpires, now))).ToList();
        filter.Page = page;
        return new AdultListViewModel(filter, new ListPage<AdultRow>(list, total, page, PageSize), today);
    }

    public async Task<PupilListViewModel> PupilsAsync(PupilFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = Today;
        var query = db.Pupils.AsNoTracking();
        query = filter.Status == PeopleStatus.Left
            ? query.Where(p => p.LeftOn < today)
            : query.Where(p => p.LeftOn == null || p.LeftOn >= today);
        if (!string.IsNullOrWhiteSpace(filter.YearGroup))
        {
            var yearGroup = filter.YearGroup.Trim();
            query = query.Where(p => p.YearGroup == yearGroup);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLower();
            query = query.Where(p => p.FullName.ToLower().Contains(term) || (p.MisId != null && p.MisId.ToLower().Contains(term)));
        }

        var total = await query.CountAsync();
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query
            .OrderBy(p => p.FullName).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new PupilRow(p.Id, p.FullName, p.YearGroup, p.MisId, p.JoinedOn, p.LeftOn))
            .ToListAsync();
        var yearGroups = await db.Pupils.AsNoTracking().Select(p => p.YearGroup).Distinct().OrderBy(y => y).ToListAsync();
        filter.Page = page;
        return new PupilListViewModel(filter, new ListPage<PupilRow>(rows, total, page, PageSize), yearGroups, today);
    }

    /// <summary>The form for an adult as they are now, or null when there is no such adult.</summary>
    public async Task<SaveAdultForm?> AdultFormAsync(int adultId)
    {
        var adult = await db.Adults.AsNoTracking().SingleOrDefaultAsync(a => a.Id == adultId);
        return adult is null ? null : SaveAdultForm.From(adult.Details, await RolesOfAsync(adultId));
    }

    public async Task<string?> AdultNameAsync(int adultId) =>
        await db.Adults.Where(a => a.Id == adultId).Select(a => a.FullName).SingleOrDefaultAsync();

    public async Task<string?> PupilNameAsync(int pupilId) =>
        await db.Pupils.Where(p => p.Id == pupilId).Select(p => p.FullName).SingleOrDefaultAsync();

    /// <summary>Adds the adult and their invitation in one transaction. Returns the new id, or an error message about
    /// the email address.</summary>
    public async Task<(int? Id, string? EmailError)> AddAdultAsync(AdultDetails details, HttpRequest? request)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (await EmailTakenAsync(details.Email, exceptAdultId: null))
        {
            return (null, EmailTaken);
        }

        var adult = new Adult(details.FullName, details.Email, details.Category, details.StartDate);
        adult.Change(details);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            if (!adult.HasLeft(Today))
            {
                invitations.Issue([adult], request);
                await db.SaveChangesAsync();
            }

            await transaction.CommitAsync();
        });
        return (adult.Id, null);
    }

    /// <summary>Changes an adult, and their roles when the form showed them. Returns null when saved, otherwise the
    /// field and message to show. The account follows: its sign-in name follows the email address, and it is
    /// disabled when the last day has come, enabled again when the last day is taken away.</summary>
    public async Task<(string Field, string Message)?> ChangeAdultAsync(int adultId, SaveAdultForm form, IReadOnlyCollection<string> grantorRoles, int grantorAdultId)
    {
        ArgumentNullException.ThrowIfNull(form);
        var details = form.ToDetails();
        if (await EmailTakenAsync(details.Email, adultId))
        {
            return (nameof(SaveAdultForm.Email), EmailTaken);
        }

        // The email address is how an account signs in and where its invitation and password resets go: whoever
        // changes it could take the account over, so for someone with an account only the Headteacher may.
        if (!grantorRoles.Contains(Roles.Headteacher)
            && await db.Users.AnyAsync(u => u.AdultId == adultId && u.NormalizedEmail != users.NormalizeEmail(details.Email)))
        {
            return (nameof(SaveAdultForm.Email), AccountEmailChangedOnlyByHeadteacher);
        }

        var current = await RolesOfAsync(adultId);
        var requested = form.RolesShown ? form.Roles : current;
        if (RoleGrants.Refusal(grantorRoles, adultId == grantorAdultId, current, requested) is { } refusal)
        {
            return (nameof(SaveAdultForm.Roles), refusal);
        }

        await accounts.EnsureRolesAsync();

        // Roles decide who may see concerns, so a change of roles goes into the audit trail in the same transaction;
        // the trail's save starts again if another audited write took the next place in the chain first.
        await audit.SaveAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var adult = await db.Adults.SingleAsync(a => a.Id == adultId);
            adult.Change(details);
            var user = await db.Users.SingleOrDefaultAsync(u => u.AdultId == adultId);
            var wanted = RoleGrants.Grantable.Intersect(requested).ToList();
            if (user is null && wanted.Count > 0)
            {
                user = new ConductUser { UserName = adult.Email, Email = adult.Email, EmailConfirmed = true, AdultId = adult.Id };
                Throw(await users.CreateAsync(user));
                Throw(await users.AddToRoleAsync(user, Roles.Adult));
            }

            if (user is not null)
            {
                if (!string.Equals(user.Email, adult.Email, StringComparison.Ordinal))
                {
                    user.Email = adult.Email;
                    user.UserName = adult.Email;
                    user.NormalizedEmail = users.NormalizeEmail(adult.Email);
                    user.NormalizedUserName = users.NormalizeName(adult.Email);

                    // Any sign-in, invitation link or password-reset link sent to the old address stops working.
                    user.SecurityStamp = Guid.NewGuid().ToString("N");
                }

                if (adult.EndDate is { } end && end <= Today)
                {
                    DisabledAccounts.Disable(user);
                }
                else
                {
                    DisabledAccounts.Enable(user);
                }

                if (await SetRolesAsync(user, current, wanted) is { } change)
                {
                    await audit.AppendAsync(AuditAction.RolesChanged, grantorAdultId, null, $"Roles of adult {adultId}: {change}");
                }
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return true;
        });
        return null;
    }

    /// <summary>Records the last day and disables the account at once; every record about them is kept.</summary>
    public async Task<bool> MarkAdultAsLeftAsync(int adultId, DateOnly lastDay)
    {
        var adult = await db.Adults.SingleOrDefaultAsync(a => a.Id == adultId);
        if (adult is null)
        {
            return false;
        }

        adult.MarkAsLeft(lastDay < adult.StartDate ? adult.StartDate : lastDay);
        if (await db.Users.SingleOrDefaultAsync(u => u.AdultId == adultId) is { } user)
        {
            DisabledAccounts.Disable(user);
        }

        await db.SaveChangesAsync();
        return true;
    }

    public async Task<SavePupilForm?> PupilFormAsync(int pupilId) =>
        await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pupilId) is { } pupil ? SavePupilForm.From(pupil.Details) : null;

    /// <summary>Adds a pupil; null when their admission number is already on the roster.</summary>
    public async Task<int?> AddPupilAsync(PupilDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (await MisIdTakenAsync(details.MisId, exceptPupilId: null))
        {
            return null;
        }

        var pupil = new Pupil(details.FullName, details.YearGroup, details.MisId, details.JoinedOn);
        pupil.Change(details);
        db.Pupils.Add(pupil);
        await db.SaveChangesAsync();
        return pupil.Id;
    }

    /// <summary>Changes a pupil; false when the admission number belongs to another pupil.</summary>
    public async Task<bool> ChangePupilAsync(int pupilId, PupilDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (await MisIdTakenAsync(details.MisId, pupilId))
        {
            return false;
        }

        var pupil = await db.Pupils.SingleAsync(p => p.Id == pupilId);
        pupil.Change(details);
        await db.SaveChangesAsync();
        return true;
    }

    public async Task<bool> MarkPupilAsLeftAsync(int pupilId, DateOnly lastDay)
    {
        var pupil = await db.Pupils.SingleOrDefaultAsync(p => p.Id == pupilId);
        if (pupil is null)
        {
            return false;
        }

        pupil.MarkAsLeft(lastDay < pupil.JoinedOn ? pupil.JoinedOn : lastDay);
        await db.SaveChangesAsync();
        return true;
    }

    public const string EmailTaken = "Another adult on the roster already has this email address";

    public const string AccountEmailChangedOnlyByHeadteacher = "Only the Headteacher can change the email address of someone who has an account, because it is how they sign in";

    private async Task<bool> EmailTakenAsync(string email, int? exceptAdultId)
    {
        var lower = email.Trim().ToLower();
        return await db.Adults.AnyAsync(a => a.Email.ToLower() == lower && a.Id != exceptAdultId);
    }

    private async Task<bool> MisIdTakenAsync(string? misId, int? exceptPupilId)
    {
        if (string.IsNullOrWhiteSpace(misId))
        {
            return false;
        }

        var trimmed = misId.Trim();
        return await db.Pupils.AnyAsync(p => p.MisId == trimmed && p.Id != exceptPupilId);
    }

    private async Task<List<string>> RolesOfAsync(int adultId) =>
        await (from account in db.Users
               where account.AdultId == adultId
               join userRole in db.UserRoles on account.Id equals userRole.UserId
               join role in db.Roles on userRole.RoleId equals role.Id
               select role.Name!).ToListAsync();

    /// <summary>Gives and takes roles to match <paramref name="wanted"/>; says what changed, or null when nothing did.</summary>
    private async Task<string?> SetRolesAsync(ConductUser user, IReadOnlyCollection<string> current, IReadOnlyCollection<string> wanted)
    {
        var toAdd = wanted.Except(current).ToList();
        var toRemove = RoleGrants.Grantable.Intersect(current).Except(wanted).ToList();
        if (toAdd.Count == 0 && toRemove.Count == 0)
        {
            return null;
        }

        var roleIds = await db.Roles.Where(r => toAdd.Contains(r.Name!) || toRemove.Contains(r.Name!)).ToDictionaryAsync(r => r.Name!, r => r.Id);
        foreach (var role in toAdd)
        {
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = roleIds[role] });
        }

        var removeIds = toRemove.Select(role => roleIds[role]).ToList();
        db.UserRoles.RemoveRange(await db.UserRoles.Where(ur => ur.UserId == user.Id && removeIds.Contains(ur.RoleId)).ToListAsync());

        // A change of roles changes what the person may do: their other sessions sign in again.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        return string.Join("; ", toAdd.Select(role => $"given {Roles.Describe(role)}").Concat(toRemove.Select(role => $"taken away {Roles.Describe(role)}")));
    }

    private static void Throw(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AccountProvisioningException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
