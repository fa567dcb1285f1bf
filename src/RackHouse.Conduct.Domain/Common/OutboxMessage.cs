namespace RackHouse.Conduct.Domain.Common;

/// <summary>An email waiting to be sent. It is written in the same transaction as the change that causes it,
/// so a change is never saved without its email, and an SMTP outage only delays delivery.</summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 12;

    private OutboxMessage()
    {
        To = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
    }

    public OutboxMessage(string to, string subject, string body, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        To = to.Trim();
        Subject = subject;
        Body = body;
        CreatedAtUtc = createdAtUtc;
        NextAttemptAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    /// <summary>Plain text. Emails never carry concern details or pupils' names: only that something awaits, and a link.</summary>
    public string Body { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The sender instance holding this message, until <see cref="ClaimExpiresAtUtc"/>.</summary>
    public string? ClaimedBy { get; private set; }

    public DateTime? ClaimExpiresAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>Set when every attempt has failed; an operator must look at it.</summary>
    public DateTime? AbandonedAtUtc { get; private set; }

    /// <summary>The wait before the next try grows with each failure: 30 s, 1 min, 2 min ... up to 1 hour.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    public void RecordFailure(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        ClaimedBy = null;
        ClaimExpiresAtUtc = null;
        if (Attempts >= MaxAttempts)
        {
            AbandonedAtUtc = nowUtc;
        }
        else
        {
            NextAttemptAtUtc = nowUtc + RetryDelay(Attempts);
        }
    }

    public void RecordSent(DateTime nowUtc)
    {
        Attempts++;
        SentAtUtc = nowUtc;
        ClaimedBy = null;
        ClaimExpiresAtUtc = null;
        LastError = null;
    }
}
