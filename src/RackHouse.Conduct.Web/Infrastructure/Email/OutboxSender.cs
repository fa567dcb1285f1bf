using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Web.Infrastructure.Email;

/// <summary>Sends what is due from the outbox. Several instances may run at once: each message is first claimed with
/// a conditional update (one statement, the same on every database), and only the instance whose update changed the
/// row sends it.</summary>
public sealed class OutboxSender(
    ConductDbContext db,
    IMailDelivery delivery,
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    /// <summary>How long a claim lasts: an instance that dies mid-send releases its messages after this.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    private const int BatchSize = 20;

    /// <summary>Identifies this sender in claims; unique per instance so claims never collide.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAtUtc == null && m.AbandonedAtUtc == null && m.NextAttemptAtUtc <= now)
            .Where(m => m.ClaimExpiresAtUtc == null || m.ClaimExpiresAtUtc < now)
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            if (await TryClaimAsync(id, now, cancellationToken) && await SendAsync(id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> TryClaimAsync(long id, DateTime now, CancellationToken cancellationToken)
    {
        var expires = now + ClaimLease;
        // The list of due messages may be stale: another sender may have tried this one since and set its next attempt.
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.SentAtUtc == null && m.AbandonedAtUtc == null && m.NextAttemptAtUtc <= now)
            .Where(m => m.ClaimExpiresAtUtc == null || m.ClaimExpiresAtUtc < now)
            .ExecuteUpdateAsync(
                setters => setters.SetProperty(m => m.ClaimedBy, InstanceId).SetProperty(m => m.ClaimExpiresAtUtc, expires),
                cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> SendAsync(long id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        bool delivered;
        try
        {
            await delivery.DeliverAsync(ToMime(message), cancellationToken);
            message.RecordSent(time.GetUtcNow().UtcDateTime);
            delivered = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            message.RecordFailure($"{exception.GetType().Name}: {exception.Message}", time.GetUtcNow().UtcDateTime);
            logger.LogWarning("Email {OutboxId} was not delivered (attempt {Attempts}): {Error}", id, message.Attempts, exception.Message);
            delivered = false;
        }

        await db.SaveChangesAsync(cancellationToken);
        return delivered;
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = new TextPart("plain") { Text = message.Body },
            // Stable per outbox row, so a receiving server can spot a retry of the same message.
            MessageId = $"outbox-{message.Id}@rackhouse-conduct",
        };
        mime.From.Add(new MailboxAddress(options.Value.FromName, options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
