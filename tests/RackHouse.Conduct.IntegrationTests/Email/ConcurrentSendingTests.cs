using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Email;

namespace RackHouse.Conduct.IntegrationTests.Email;

/// <summary>Several instances of the portal may send from the same outbox at once (two web servers, say); each
/// message still goes out once and is attempted once per round.</summary>
public sealed class ConcurrentSendingTests
{
    private const int MessageCount = 30;

    [Fact]
    public async Task SendDue_TwoSendersAtOnce_DeliverEveryMessageExactlyOnce()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        await factory.EnqueueAsync(Messages());

        var sent = 0;
        for (var round = 0; round < 4; round++)
        {
            sent += (await RunTwoSendersAsync(factory)).Sum();
        }

        Assert.Equal(MessageCount, sent);
        var received = smtp.Received;
        Assert.Equal(MessageCount, received.Count);
        Assert.Equal(MessageCount, received.Select(e => e.Message.MessageId).Distinct().Count());
        Assert.Equal(Messages().Select(m => m.Subject).Order(), received.Select(e => e.Message.Subject).Order());
        var rows = await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.All(rows, row =>
        {
            Assert.NotNull(row.SentAtUtc);
            Assert.Equal(1, row.Attempts);
            Assert.Null(row.ClaimedBy);
        });
    }

    [Fact]
    public async Task SendDue_TwoSendersWhileServerIsDown_TryEachMessageOnceAndWaitTheDelay()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        await factory.EnqueueAsync(Messages());
        await smtp.StopAsync();
        var failedAt = factory.Now;

        for (var round = 0; round < 3; round++)
        {
            Assert.All(await RunTwoSendersAsync(factory), sent => Assert.Equal(0, sent));
        }

        var rows = await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(MessageCount, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal(1, row.Attempts);
            Assert.Equal(failedAt.AddSeconds(30), row.NextAttemptAtUtc);
            Assert.Null(row.SentAtUtc);
        });

        smtp.Start();
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(MessageCount, (await RunTwoSendersAsync(factory)).Sum() + (await RunTwoSendersAsync(factory)).Sum());
        Assert.Equal(MessageCount, smtp.Received.Select(e => e.Message.MessageId).Distinct().Count());
        Assert.Equal(MessageCount, smtp.Received.Count);
    }

    private static (string To, string Subject, string Body)[] Messages() =>
        [.. Enumerable.Range(1, MessageCount).Select(i => ($"adult{i}@rackhouse.example", $"Message {i:00}", $"Body of message {i}."))];

    /// <summary>Two senders, as two instances of the portal would run them, each in a scope of its own, at once.</summary>
    private static async Task<int[]> RunTwoSendersAsync(EmailWebFactory factory)
    {
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var senders = new[] { first, second }.Select(scope => scope.ServiceProvider.GetRequiredService<OutboxSender>()).ToList();
        Assert.NotEqual(senders[0].InstanceId, senders[1].InstanceId);
        return await Task.WhenAll(senders.Select(sender => Task.Run(() => sender.SendDueAsync(CancellationToken.None))));
    }
}
