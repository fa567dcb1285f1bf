using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Admin.People;
using RackHouse.Conduct.Web.Infrastructure.Email;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Invitations;

/// <summary>Invitations to the portal: issued when an adult is added (by hand or by import), sent again by the office,
/// and accepted by the adult, who sets a password. The email carries the link only: no names.</summary>
public sealed class InvitationsService(
    ConductDbContext db,
    EmailOutbox outbox,
    PortalAddress address,
    UserManager<ConductUser> users,
    AccountProvisioning accounts,
    TimeProvider time)
{
    public const string Subject = "You are invited to the staff conduct portal";

    public const int PageSize = 50;

    /// <summary>Adds an invitation and its email for each adult, to be saved by the caller's SaveChanges. The adults
    /// must already have ids.</summary>
    public void Issue(IEnumerable<Adult> adults, HttpRequest? request)
    {
        ArgumentNullException.ThrowIfNull(adults);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var adult in adults)
        {
            var (invitation, token) = Invitation.Issue(adult.Id, now);
            db.Invitations.Add(invitation);
            Email(adult.Email, token, request);
        }
    }

    /// <summary>Sends a new link (the old one stops working), or a first one to an adult never invited. False when the
    /// adult is unknown, has left or has already joined.</summary>
    public async Task<bool> SendAsync(int adultId, HttpRequest? request)
    {
        var today = UkTime.Today(time);
        var adult = await db.Adults.SingleOrDefaultAsync(a => a.Id == adultId);
        if (adult is null || adult.HasLeft(today) || await db.Users.AnyAsync(u => u.AdultId == adultId && u.PasswordHash != null))
        {
            return false;
        }

        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.AdultId == adultId);
        if (invitation is null)
        {
            Issue([adult], request);
        }
        else if (invitation.AcceptedAtUtc is not null)
        {
            return false;
        }
        else
        {
            Email(adult.Email, invitation.Resend(time.GetUtcNow().UtcDateTime), request);
        }

        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>The adults at the school who have not joined yet, and how many have.</summary>
    public async Task<InvitationsViewModel> ListAsync(int page)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = UkTime.Today(time);
        var current = db.Adults.AsNoTracking().Where(a => a.EndDate == null || a.EndDate >= today);
        var waiting = current.Where(a => !db.Users.Any(u => u.AdultId == a.Id && u.PasswordHash != null));
        var joined = await current.CountAsync() - await waiting.CountAsync();
        var total = await waiting.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await waiting
            .OrderBy(a => a.FullName).ThenBy(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new
            {
                a.Id,
                a.FullName,
                a.Email,
                Invitation = db.Invitations.Where(i => i.AdultId == a.Id).Select(i => new { i.SentAtUtc, i.ExpiresAtUtc, i.TimesSent }).FirstOrDefault(),
            })
            .ToListAsync();
        var list = rows.Select(r => new InvitationRow(
            r.Id,
            r.FullName,
            r.Email,
            AccountStatusNames.Of(hasPassword: false, r.Invitation?.ExpiresAtUtc, now),
            r.Invitation?.SentAtUtc,
            r.Invitation?.TimesSent ?? 0)).ToList();
        return new InvitationsViewModel(joined, new ListPage<InvitationRow>(list, total, page, PageSize));
    }

    /// <summary>The open invitation a link's token belongs to, with its adult, or null when the link is unknown,
    /// used, expired, or the adult has left.</summary>
    public async Task<(Invitation Invitation, Adult Adult)?> OpenAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Invitation.Hash(token.Trim());
        var found = await db.Invitations
            .Where(i => i.TokenHash == hash)
            .Join(db.Adults, i => i.AdultId, a => a.Id, (i, a) => new { Invitation = i, Adult = a })
            .SingleOrDefaultAsync();
        var now = time.GetUtcNow().UtcDateTime;
        return found is null || found.Invitation.StatusAt(now) != InvitationStatus.Pending || found.Adult.HasLeft(UkTime.Today(time))
            ? null
            : (found.Invitation, found.Adult);
    }

    /// <summary>Uses the link: sets the adult's password on their account (made now if the Headteacher has not already
    /// made it by giving a role). Returns the account, or Identity's errors about the password.</summary>
    public async Task<(ConductUser? User, IReadOnlyList<IdentityError> Errors)> AcceptAsync(Invitation invitation, Adult adult, string password)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(adult);
        await accounts.EnsureRolesAsync();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var user = await db.Users.SingleOrDefaultAsync(u => u.AdultId == adult.Id);
            IdentityResult result;
            if (user is null)
            {
                user = new ConductUser { UserName = adult.Email, Email = adult.Email, EmailConfirmed = true, AdultId = adult.Id };
                result = await users.CreateAsync(user, password);
                if (result.Succeeded)
                {
                    result = await users.AddToRoleAsync(user, Roles.Adult);
                }
            }
            else if (DisabledAccounts.IsDisabled(user))
            {
                return (null, [new IdentityError { Code = "Disabled", Description = "This account has been closed" }]);
            }
            else
            {
                result = await users.AddPasswordAsync(user, password);
            }

            if (!result.Succeeded)
            {
                return (null, result.Errors.ToList());
            }

            invitation.Accept(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return ((ConductUser?)user, (IReadOnlyList<IdentityError>)[]);
        });
    }

    private void Email(string to, string token, HttpRequest? request)
    {
        var link = address.Link("/account/invitation?token=" + Uri.EscapeDataString(token), request)
            ?? throw new InvalidOperationException("An invitation needs App:PublicUrl or a request to build its link.");
        outbox.Enqueue(
            to,
            Subject,
            $"You have been invited to the staff conduct portal, where you read and acknowledge the school's policies.\n\nTo set your password and join, open this link within 7 days:\n{link}\n\nThe link works once. If it has expired, ask the school office to send a new one.\n\nIf you were not expecting this email, you can ignore it.");
    }
}
