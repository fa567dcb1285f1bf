using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.UnitTests.Common;

public sealed class OutboxMessageTests
{
    private static readonly DateTime Created = new(2026, 11, 9, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(11, 3600)]
    public void RetryDelay_AfterEachFailure_DoublesUpToOneHour(int attempts, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), OutboxMessage.RetryDelay(attempts));
    }

    [Fact]
    public void Constructor_NewMessage_IsDueAtOnceAndTrimsTheAddress()
    {
        var message = new OutboxMessage("  head@rackhouse.example ", "Subject", "Body", Created);

        Assert.Equal("head@rackhouse.example", message.To);
        Assert.Equal(Created, message.NextAttemptAtUtc);
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.SentAtUtc);
        Assert.Null(message.AbandonedAtUtc);
    }

    [Theory]
    [InlineData("", "Subject")]
    [InlineData("   ", "Subject")]
    [InlineData("head@rackhouse.example", " ")]
    public void Constructor_BlankAddressOrSubject_IsRefused(string to, string subject)
    {
        Assert.ThrowsAny<ArgumentException>(() => new OutboxMessage(to, subject, "Body", Created));
    }

    [Fact]
    public void RecordFailure_First_SchedulesTheNextTryThirtySecondsLaterAndReleasesTheClaim()
    {
        var message = ClaimedMessage();
        var now = Created.AddMinutes(1);

        message.RecordFailure("Connection refused", now);

        Assert.Equal(1, message.Attempts);
        Assert.Equal(now.AddSeconds(30), message.NextAttemptAtUtc);
        Assert.Equal("Connection refused", message.LastError);
        Assert.Null(message.ClaimedBy);
        Assert.Null(message.ClaimExpiresAtUtc);
        Assert.Null(message.AbandonedAtUtc);
        Assert.Null(message.SentAtUtc);
    }

    [Fact]
    public void RecordFailure_Second_WaitsOneMinute()
    {
        var message = new OutboxMessage("head@rackhouse.example", "Subject", "Body", Created);
        message.RecordFailure("Connection refused", Created);
        var now = Created.AddMinutes(5);

        message.RecordFailure("Connection refused", now);

        Assert.Equal(now.AddMinutes(1), message.NextAttemptAtUtc);
    }

    [Fact]
    public void RecordFailure_OneShortOfMaxAttempts_IsStillRetried()
    {
        var message = new OutboxMessage("head@rackhouse.example", "Subject", "Body", Created);

        for (var i = 1; i < OutboxMessage.MaxAttempts; i++)
        {
            message.RecordFailure("Connection refused", Created.AddHours(i));
        }

        var lastFailure = Created.AddHours(OutboxMessage.MaxAttempts - 1);
        Assert.Null(message.AbandonedAtUtc);
        Assert.Equal(lastFailure.AddHours(1), message.NextAttemptAtUtc);
    }

    [Fact]
    public void RecordFailure_MaxAttemptsReached_AbandonsTheMessageForAnOperator()
    {
        var message = new OutboxMessage("head@rackhouse.example", "Subject", "Body", Created);
        for (var i = 1; i < OutboxMessage.MaxAttempts; i++)
        {
            message.RecordFailure("Connection refused", Created.AddHours(i));
        }

        var nextAttemptBefore = message.NextAttemptAtUtc;
        var now = Created.AddDays(1);

        message.RecordFailure("Mailbox unavailable", now);

        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Equal(now, message.AbandonedAtUtc);
        Assert.Equal(nextAttemptBefore, message.NextAttemptAtUtc);
        Assert.Equal("Mailbox unavailable", message.LastError);
    }

    [Fact]
    public void RecordFailure_LongError_IsCutToOneThousandCharacters()
    {
        var message = new OutboxMessage("head@rackhouse.example", "Subject", "Body", Created);
        var error = new string('x', 999) + "yz" + new string('!', 3000);

        message.RecordFailure(error, Created);

        Assert.Equal(error[..1000], message.LastError);
    }

    [Fact]
    public void RecordFailure_ErrorOfExactlyOneThousandCharacters_IsKeptWhole()
    {
        var message = new OutboxMessage("head@rackhouse.example", "Subject", "Body", Created);
        var error = new string('x', 1000);

        message.RecordFailure(error, Created);

        Assert.Equal(error, message.LastError);
    }

    [Fact]
    public void RecordSent_AfterAFailure_MarksSentClearsTheErrorAndReleasesTheClaim()
    {
        var message = ClaimedMessage();
        message.RecordFailure("Connection refused", Created);
        ClaimForSender(message);
        var now = Created.AddMinutes(2);

        message.RecordSent(now);

        Assert.Equal(now, message.SentAtUtc);
        Assert.Equal(2, message.Attempts);
        Assert.Null(message.LastError);
        Assert.Null(message.ClaimedBy);
        Assert.Null(message.ClaimExpiresAtUtc);
        Assert.Null(message.AbandonedAtUtc);
    }

    private static OutboxMessage ClaimedMessage()
    {
        var message = new OutboxMessage("head@rackhouse.example", "Subject", "Body", Created);
        ClaimForSender(message);
        return message;
    }

    // A sender claims a row with a conditional UPDATE in the database, not through a domain method,
    // so the test sets the claim the way the database would.
    private static void ClaimForSender(OutboxMessage message)
    {
        typeof(OutboxMessage).GetProperty(nameof(OutboxMessage.ClaimedBy))!.SetValue(message, "sender-a");
        typeof(OutboxMessage).GetProperty(nameof(OutboxMessage.ClaimExpiresAtUtc))!.SetValue(message, Created.AddMinutes(5));
        Assert.Equal("sender-a", message.ClaimedBy);
    }
}
