using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>Governors see aggregate figures only, with 1 to 4 as "fewer than 5".</summary>
[Route("governors")]
[Authorize(Policy = AuthorizationPolicies.Governors)]
public sealed class GovernorsController(GovernorsService governors) : Controller
{
    /// <param name="year">The academic year by the calendar year it starts in; this year when absent or unknown.</param>
    /// <param name="term">One term of it, or the whole year when absent.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, SchoolTerm? term) => View(await governors.DashboardAsync(year, term));
}
