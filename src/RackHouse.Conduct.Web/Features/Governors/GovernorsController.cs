using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>Governors see aggregate figures only, with 1 to 4 as "fewer than 5".</summary>
/// <remarks>Each action takes the academic year by the calendar year it starts in (this year when absent or unknown)
/// and, optionally, one term of it.</remarks>
[Route("governors")]
[Authorize(Policy = AuthorizationPolicies.Governors)]
public sealed class GovernorsController(GovernorsService governors) : Controller
{
    private bool IsHeadteacher => User.IsInRole(Roles.Headteacher);

    /// <summary>The same figures for every viewer, the chair of governors included: without the concerns about the
    /// Headteacher (see <see cref="GovernorsService"/>).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, SchoolTerm? term) =>
        View(await governors.DashboardAsync(year, term, IsHeadteacher, HttpContext.RequestAborted));

    /// <summary>The same figures with a narrative and the policies in force, laid out to print.</summary>
    [HttpGet("report")]
    public async Task<IActionResult> Report(int? year, SchoolTerm? term) =>
        View(await governors.DashboardAsync(year, term, IsHeadteacher, HttpContext.RequestAborted));

    /// <summary>One of the dashboard's tables, named as in <see cref="DashboardViewModel.Tables"/>, as CSV.</summary>
    [HttpGet("export/{table}.csv")]
    public async Task<IActionResult> Export(string table, int? year, SchoolTerm? term)
    {
        var model = await governors.DashboardAsync(year, term, IsHeadteacher, HttpContext.RequestAborted);
        if (model.Tables.SingleOrDefault(t => t.Name == table) is not { } found)
        {
            return NotFound();
        }

        var period = model.Period;
        var fileName = $"{found.Name}-{period.Year.StartYear}{(period.Term is { } chosen ? "-" + chosen.ToString().ToLowerInvariant() : string.Empty)}.csv";
        return File(CsvFile.Write(found.Header, found.Rows), "text/csv; charset=utf-8", fileName);
    }
}
