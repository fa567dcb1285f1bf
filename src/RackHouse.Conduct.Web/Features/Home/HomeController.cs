using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Policies;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Home;

/// <summary>The adult's home page: what they owe, by when, and what happens next.</summary>
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class HomeController(UserManager<ConductUser> users, ConductDbContext db, PoliciesService policies) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        var adultId = User.GetAdultId();
        var adult = await db.Adults.AsNoTracking().Where(a => a.Id == adultId)
            .Select(a => new { a.FullName, a.Category, a.StartDate, a.EndDate })
            .SingleAsync();
        var standings = await policies.StandingsAsync(adultId, adult.StartDate, adult.EndDate);
        var tasks = standings.Where(s => s.Due.IsOwed).Select(PolicyTask).ToList();
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        if (!user.TwoFactorEnabled)
        {
            tasks.Add(new HomeTask(
                "Protect your account with two-factor authentication",
                "Recommended for everyone: a code from your phone as well as your password.",
                "/account/two-factor/enrol",
                "Recommended",
                "blue"));
        }

        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(r => r != Roles.Adult && Roles.All.Contains(r)).Select(Roles.Describe).ToList();
        return View(new HomeViewModel(
            adult.FullName.Split(' ')[0],
            adult.Category.Describe(),
            roles,
            tasks,
            standings.Where(s => s.Due.Status == AcknowledgementStatus.Acknowledged).ToList()));
    }

    private static HomeTask PolicyTask(PolicyStanding standing)
    {
        var deadline = UkTime.Date(standing.Due.Deadline!.Value);
        var title = $"Read and acknowledge the {standing.Policy.Title}";
        var link = $"/policies/{standing.Policy.PolicyId}";
        return standing.Due.Status switch
        {
            AcknowledgementStatus.Overdue => new HomeTask(
                title,
                $"This was due by {deadline}. Please do it now: the Headteacher sees it as overdue, and you will get a reminder by email each week until it is done.",
                link,
                "Overdue",
                "red"),
            AcknowledgementStatus.NewStarterDue => new HomeTask(
                title,
                $"Welcome to the school. As a new starter you have until {deadline} to read version {standing.Policy.CurrentVersionNumber} and confirm each statement.",
                link,
                $"Due by {deadline}",
                "yellow"),
            _ => new HomeTask(
                title,
                $"Everyone acknowledges the current version once each academic year. Read version {standing.Policy.CurrentVersionNumber} and confirm each statement by {deadline}; you will get an email reminder 7 days before.",
                link,
                $"Due by {deadline}",
                "yellow"),
        };
    }
}
