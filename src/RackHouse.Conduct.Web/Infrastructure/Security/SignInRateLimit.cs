using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace RackHouse.Conduct.Web.Infrastructure.Security;

/// <summary>Sign-in, two-factor and password-reset forms take a limited number of posts per client address
/// per window; past it they answer 429. Lockout protects each account; this protects the service.</summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permitLimit = configuration.GetValue("Security:SignInRateLimit:PermitLimit", 20);
        var window = TimeSpan.FromSeconds(configuration.GetValue("Security:SignInRateLimit:WindowSeconds", 60));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 }));
        });
    }
}
