using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>An adult downloads what the portal holds about them. Always the signed-in adult's own: there is no id to
/// change.</summary>
[Route("account/data")]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class PersonalDataController(PersonalDataService data, TimeProvider time) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(data.SectionTitles);

    [HttpGet("json")]
    public async Task<IActionResult> Json(CancellationToken cancellationToken) =>
        File(await data.JsonAsync(User.GetAdultId(), cancellationToken), "application/json; charset=utf-8", $"my-data-{Stamp()}.json");

    [HttpGet("csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        File(await data.CsvAsync(User.GetAdultId(), cancellationToken), "text/csv; charset=utf-8", $"my-data-{Stamp()}.csv");

    private string Stamp() => UkTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
