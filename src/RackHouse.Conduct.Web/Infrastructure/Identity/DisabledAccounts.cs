using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;

namespace RackHouse.Conduct.Web.Infrastructure.Identity;

/// <summary>A leaver's account is disabled at once: locked out until <see cref="DisabledUntil"/>, which no failed
/// sign-in ever sets, and every request checks it, so a sign-in cookie the leaver still holds stops working on their
/// next click, on every instance. An adult recorded with a last day still to come is let in until that day is over,
/// and refused from the next, with nobody having to remember to disable them. One query by primary key per signed-in
/// request.</summary>
public static class DisabledAccounts
{
    public static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Threshold = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(ConductUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsDisabled(user.LockoutEnd);
    }

    public static void Disable(ConductUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.LockoutEnabled = true;
        user.LockoutEnd = DisabledUntil;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Lets a former leaver sign in again (the office took them back).</summary>
    public static void Enable(ConductUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (IsDisabled(user))
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }
    }

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.Identity?.IsAuthenticated != true
            || !int.TryParse(context.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var userId))
        {
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<ConductDbContext>();
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.LockoutEnd, LastDay = db.Adults.Where(a => a.Id == u.AdultId).Select(a => a.EndDate).FirstOrDefault() })
            .SingleOrDefaultAsync();
        var today = Mvc.UkTime.Today(context.HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        if (account is null || IsDisabled(account.LockoutEnd) || account.LastDay < today)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end > Threshold;
}
