using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Database;
using RackHouse.Conduct.Web.Infrastructure.Demo;
using RackHouse.Conduct.Web.Infrastructure.Logging;
using RackHouse.Conduct.Web.Infrastructure.Security;
using Serilog;

namespace RackHouse.Conduct.Web.Infrastructure;

/// <summary>Start-up work and the request pipeline, in the order a request meets them.</summary>
public static class Pipeline
{
    public static IServiceCollection AddConductHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<ConductDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);
        return services;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var startup = scope.ServiceProvider.GetRequiredService<DatabaseStartup>();
        if (scope.ServiceProvider.GetRequiredService<DatabaseOptions>().ShouldMigrateOnStartup)
        {
            await startup.MigrateAsync();
        }
        else
        {
            await startup.SeedIfMigratedAsync();
        }

        if (app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedIfEmptyAsync();
        }
    }

    public static void UseConductPipeline(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        if (ForwardedHeadersSetup.IsEnabled(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorEnrolmentMiddleware>();
        app.MapControllers();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
    }
}
