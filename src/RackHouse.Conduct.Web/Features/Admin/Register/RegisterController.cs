using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

/// <summary>The Headteacher and the office see who has acknowledged each policy this academic year.</summary>
[Route("admin/register")]
[Authorize(Policy = AuthorizationPolicies.Register)]
public sealed class RegisterController(RegisterService register, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] RegisterFilter filter) => View(await register.RegisterAsync(filter));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] RegisterFilter filter)
    {
        var model = await register.RegisterAsync(filter);
        var date = UkTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(RegisterCsv.Write(model), "text/csv; charset=utf-8", $"acknowledgement-register-{date}.csv");
    }

    [HttpGet("adults/{adultId:int}")]
    public async Task<IActionResult> Adult(int adultId) =>
        await register.HistoryAsync(adultId) is { } model ? View(model) : NotFound();
}
