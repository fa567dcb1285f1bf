using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>Governors see aggregate figures only: counts from the database, never a name, and 1 to 4 as "fewer than 5".</summary>
[Route("governors")]
[Authorize(Policy = AuthorizationPolicies.Governors)]
public sealed class GovernorsController(ConductDbContext db, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var today = UkTime.Today(time);
        var counts = await db.Adults.AsNoTracking()
            .Where(a => a.EndDate == null || a.EndDate >= today)
            .GroupBy(a => a.Category)
            .Select(g => new { Category = g.Key, Count = g.Count() })
            .ToListAsync();
        var pupils = await db.Pupils.CountAsync(p => p.LeftOn == null || p.LeftOn >= today);
        var byCategory = Enum.GetValues<AdultCategory>()
            .Select(category => new RosterFigure(category.Describe(), SmallNumber.Display(counts.SingleOrDefault(c => c.Category == category)?.Count ?? 0)))
            .ToList();
        return View(new GovernorsViewModel(SmallNumber.Display(counts.Sum(c => c.Count)), byCategory, SmallNumber.Display(pupils)));
    }
}
