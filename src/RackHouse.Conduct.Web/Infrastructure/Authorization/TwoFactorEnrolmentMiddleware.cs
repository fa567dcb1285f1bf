using Microsoft.AspNetCore.Authorization;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Infrastructure.Authorization;

/// <summary>Headteacher, safeguarding lead and chair handle concerns: until they have signed in with two-factor
/// authentication they can reach nothing but enrolment.</summary>
public sealed class TwoFactorEnrolmentMiddleware(RequestDelegate next)
{
    public const string EnrolPath = "/account/two-factor/enrol";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        var endpoint = context.GetEndpoint();
        if (user.Identity?.IsAuthenticated != true
            || endpoint is null
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || endpoint.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is not null
            || !Roles.RequiringTwoFactor.Any(user.IsInRole)
            || user.HasClaim("amr", "mfa"))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Redirect(EnrolPath);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }
}
