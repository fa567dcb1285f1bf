using Microsoft.Extensions.Options;
using RackHouse.Conduct.Web.Infrastructure.Jobs;

namespace RackHouse.Conduct.Web.Infrastructure.Email;

/// <summary>Runs the outbox sender every few seconds for as long as the portal runs.</summary>
public sealed class OutboxSendingService(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, ILogger<OutboxSendingService> logger)
    : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken);
}
