using Microsoft.Extensions.Options;
using RackHouse.Conduct.Web.Infrastructure.Jobs;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>Decides the day's acknowledgement reminders. It looks every hour, so a portal started late in the day or
/// restarted still sends them; the reminders it has recorded make later looks the same day send nothing.</summary>
public sealed class AcknowledgementReminderService(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<AcknowledgementReminderService> logger) : RecurringJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.CheckMinutes));

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AcknowledgementReminders>().SendDueAsync(cancellationToken);
}
