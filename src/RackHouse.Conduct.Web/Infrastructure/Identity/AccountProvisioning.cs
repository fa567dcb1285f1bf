using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Infrastructure.Identity;

/// <summary>Creates an adult together with their sign-in account and roles, all or nothing.</summary>
public sealed class AccountProvisioning(ConductDbContext db, UserManager<ConductUser> users, RoleManager<IdentityRole<int>> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Throw(await roles.CreateAsync(new IdentityRole<int>(role)));
            }
        }
    }

    /// <summary>Every account holds the Adult role as well as any it is given.</summary>
    public async Task<ConductUser> CreateAsync(Adult adult, IEnumerable<string> extraRoles, string? password)
    {
        ArgumentNullException.ThrowIfNull(adult);
        if (await db.Adults.AnyAsync(a => a.Email == adult.Email))
        {
            throw new AccountProvisioningException($"An adult with the email address {adult.Email} already exists.");
        }

        await EnsureRolesAsync();
        // SQL Server retries on transient faults, and a retrying connection only accepts a transaction run through
        // its execution strategy, which repeats the whole unit if the connection drops.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            var user = new ConductUser { UserName = adult.Email, Email = adult.Email, EmailConfirmed = true, AdultId = adult.Id };
            Throw(password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password));
            Throw(await users.AddToRolesAsync(user, extraRoles.Append(Roles.Adult).Distinct()));
            await transaction.CommitAsync();
            return user;
        });
    }

    private static void Throw(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AccountProvisioningException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
