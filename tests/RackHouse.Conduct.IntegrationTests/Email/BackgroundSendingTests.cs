using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Email;

/// <summary>While the portal runs, queued email goes out on its own.</summary>
public sealed class BackgroundSendingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task OutboxSendingService_MessageQueued_DeliversItWithoutBeingAsked()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp, backgroundSending: true);

        await factory.EnqueueAsync(("kai.brown@rackhouse.example", "Welcome to the staff conduct portal", "Your account is ready."));

        var email = Assert.Single(await smtp.WaitForMessagesAsync(1, Patience));
        Assert.Equal("Welcome to the staff conduct portal", email.Message.Subject);
        Assert.Equal(["kai.brown@rackhouse.example"], email.Recipients);
        using var deadline = new CancellationTokenSource(Patience);
        while (await factory.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAtUtc == null)) && !deadline.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        var row = Assert.Single(await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync()));
        Assert.NotNull(row.SentAtUtc);
        Assert.Equal(1, row.Attempts);
        Assert.Single(smtp.Received);
    }
}
