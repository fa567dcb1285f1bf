using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Email;

namespace RackHouse.Conduct.IntegrationTests.Email;

/// <summary>The portal sending its email to a test SMTP listener (or, without one, to the pickup folder as by default).
/// Unless the background sender is on, the clock is a <see cref="FakeTimeProvider"/> that tests move by hand, and
/// tests run the outbox sender themselves; the background sender waits on the clock, so it keeps real time.</summary>
public sealed class EmailWebFactory(SmtpListener? smtp, bool backgroundSending = false)
    : ConductWebFactory(Settings(smtp, backgroundSending))
{
    public const string From = "office@rackhouse-primary.test";

    public const string FromName = "Rack House Primary";

    /// <summary>Starts on a whole second, so times survive the round trip through every database unchanged.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>Queues messages as a feature does: through the outbox, committed by SaveChanges.</summary>
    public async Task EnqueueAsync(params (string To, string Subject, string Body)[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
        foreach (var (to, subject, body) in messages)
        {
            outbox.Enqueue(to, subject, body);
        }

        await scope.ServiceProvider.GetRequiredService<ConductDbContext>().SaveChangesAsync();
    }

    /// <summary>One round of the outbox sender, in a scope of its own as the background service runs it.</summary>
    public async Task<int> SendDueAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
    }

    /// <summary>The background sender waits on the clock, so it keeps real time.</summary>
    protected override FakeTimeProvider? TestClock => backgroundSending ? null : Clock;

    private static Dictionary<string, string?> Settings(SmtpListener? smtp, bool backgroundSending)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Email:From"] = From,
            ["Email:FromName"] = FromName,
            ["Email:BackgroundSending"] = backgroundSending ? "true" : "false",
            ["Email:PollSeconds"] = "1",
        };
        if (smtp is not null)
        {
            settings["Email:Smtp:Host"] = SmtpListener.Host;
            settings["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Email:Smtp:Security"] = "None";
            settings["Email:Smtp:TimeoutSeconds"] = "10";
        }

        return settings;
    }
}
