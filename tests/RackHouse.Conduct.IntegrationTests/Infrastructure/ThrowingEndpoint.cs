using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace RackHouse.Conduct.IntegrationTests.Infrastructure;

/// <summary>Adds /test/throw at the very end of the portal's pipeline, so tests can see what an unhandled error
/// looks like to a user.</summary>
public sealed class ThrowingEndpoint : IStartupFilter
{
    public const string Path = "/test/throw";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate following) =>
            context.Request.Path == Path
                ? throw new InvalidOperationException("A test asked for an error. Secret detail: stack-trace-marker")
                : following(context));
    };
}
