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

    [Route("{statusCode:int}")]
    public IActionResult Status(int statusCode) => Show(statusCode);

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
