namespace RackHouse.Conduct.Domain.Policies;

/// <summary>A reminder sent to one adult on one day. The database allows one per adult per day, so a reminder run
/// repeated the same day, or by two instances at once, sends nothing twice.</summary>
public sealed class AcknowledgementReminder
{
    private AcknowledgementReminder()
    {
    }

    public AcknowledgementReminder(int adultId, DateOnly sentOn, ReminderKind kind)
    {
        AdultId = adultId;
        SentOn = sentOn;
        Kind = kind;
    }

    public long Id { get; private set; }

    public int AdultId { get; private set; }

    public DateOnly SentOn { get; private set; }

    public ReminderKind Kind { get; private set; }
}
