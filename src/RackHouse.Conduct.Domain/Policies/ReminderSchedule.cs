namespace RackHouse.Conduct.Domain.Policies;

/// <summary>When an adult who owes an acknowledgement is reminded by email: 7 days before their deadline, on the
/// day it has passed, then weekly while overdue; never more than one reminder in any 7 days.</summary>
public static class ReminderSchedule
{
    public const int NoticeDays = 7;
    public const int MinimumGapDays = 7;

    /// <param name="lastReminderOn">The day this adult was last reminded, about anything.</param>
    public static ReminderKind? Decide(DateOnly today, DateOnly deadline, DateOnly? lastReminderOn)
    {
        if (lastReminderOn is { } last && today < last.AddDays(MinimumGapDays))
        {
            return null;
        }

        if (today > deadline)
        {
            return ReminderKind.Overdue;
        }

        var noticeFrom = deadline.AddDays(-NoticeDays);
        var remindedThisRound = lastReminderOn is { } previous && previous >= noticeFrom;
        return today >= noticeFrom && !remindedThisRound ? ReminderKind.DueSoon : null;
    }
}
