using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace RackHouse.Conduct.Web.Features.Errors;

/// <summary>Friendly pages for errors, with the request's reference so staff can quote it; never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("")]
    public IActionResult ServerError() => Show(StatusCodes.Status500InternalServerError);

    /// <summary>Takes the code from the route itself, not through model binding: a re-executed POST whose body was left
    /// half read (a refused upload) would make binding read the form and fail.</summary>
    [Route("{statusCode:int}")]
    public IActionResult Status() => Show(int.Parse((string)RouteData.Values["statusCode"]!, System.Globalization.CultureInfo.InvariantCulture));

    private ViewResult Show(int statusCode)
    {
        Response.StatusCode = statusCode;
        var view = statusCode switch
        {
            StatusCodes.Status400BadRequest => "BadRequest",
            StatusCodes.Status404NotFound => "NotFound",
            StatusCodes.Status403Forbidden => "Forbidden",
            StatusCodes.Status429TooManyRequests => "TooManyRequests",
            _ => "ServerError",
        };
        return View(view, new ErrorViewModel(statusCode, HttpContext.TraceIdentifier));
    }
}
