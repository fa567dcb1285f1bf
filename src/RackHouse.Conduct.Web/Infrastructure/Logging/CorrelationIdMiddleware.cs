using Serilog.Context;

namespace RackHouse.Conduct.Web.Infrastructure.Logging;

/// <summary>Every log line of a request carries one correlation id, taken from the proxy's X-Correlation-ID when it
/// looks safe, otherwise made here. The same id is shown on error pages so staff can quote it.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var offered = context.Request.Headers[Header].ToString();
        var id = offered.Length is > 0 and <= 64 && offered.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? offered
            : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        // Set as the response starts: the exception handler clears headers set earlier, and the error page is where
        // the reference matters most.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }
}
