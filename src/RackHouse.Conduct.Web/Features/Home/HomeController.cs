using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.Web.Features.Home;

/// <summary>The adult's home page: what they owe, and by when.</summary>
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class HomeController(UserManager<ConductUser> users, ConductDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var adult = await db.Adults.AsNoTracking().SingleAsync(a => a.Id == user.AdultId);
        var roles = (await users.GetRolesAsync(user)).Where(r => r != Roles.Adult).Select(Roles.Describe).ToList();
        var tasks = new List<HomeTask>();
        if (!user.TwoFactorEnabled)
        {
            tasks.Add(new HomeTask(
                "Protect your account with two-factor authentication",
                "Recommended for everyone: a code from your phone as well as your password.",
                "/account/two-factor/enrol",
                DueBy: null));
        }

        return View(new HomeViewModel(adult.FullName.Split(' ')[0], adult.Category.Describe(), roles, tasks));
    }
}
