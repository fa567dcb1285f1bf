using Microsoft.Extensions.Options;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>Decides the day's acknowledgement reminders. It looks every hour, so a portal started late in the day or
/// restarted still sends them; the reminders it has recorded make later looks the same day send nothing.</summary>
public sealed class AcknowledgementReminderService(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<AcknowledgementReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.CheckMinutes));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AcknowledgementReminders>().SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Acknowledgement reminders could not be decided; the next look tries again");
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
