using Serilog;
using Serilog.Formatting.Compact;

namespace RackHouse.Conduct.Web.Infrastructure.Logging;

/// <summary>Serilog to the console and to a daily JSON file. What is logged is the request line and events named in
/// code; never form values, query strings, emails' bodies or SQL parameters, so no password, token, concern text
/// or pupil's name reaches a log.</summary>
public static class LoggingSetup
{
    public static IServiceCollection AddConductLogging(this IServiceCollection services, IConfiguration configuration, AppFolders folders) =>
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "RackHouse.Conduct")
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(folders.Logs, "conduct-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                shared: true),
            // Each host logs through its own logger rather than the process-wide Log.Logger, which the last host to start
            // would take over and the first to stop would close (several hosts share a process in the integration tests).
            preserveStaticLogger: true);
}
