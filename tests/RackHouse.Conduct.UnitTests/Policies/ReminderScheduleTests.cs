using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.UnitTests.Policies;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Deadline = new(2026, 9, 30);

    [Theory]
    [InlineData("2026-09-22", null, null)]
    [InlineData("2026-09-23", null, ReminderKind.DueSoon)]
    [InlineData("2026-09-27", null, ReminderKind.DueSoon)]
    [InlineData("2026-09-23", "2026-09-23", null)]
    [InlineData("2026-09-30", "2026-09-23", null)]
    [InlineData("2026-10-01", "2026-09-23", ReminderKind.Overdue)]
    [InlineData("2026-10-07", "2026-10-01", null)]
    [InlineData("2026-10-08", "2026-10-01", ReminderKind.Overdue)]
    [InlineData("2026-10-05", null, ReminderKind.Overdue)]
    [InlineData("2026-09-25", "2025-10-08", ReminderKind.DueSoon)]
    public void Decide_FollowsTheWeeklyRhythm(string today, string? lastReminder, ReminderKind? expected) =>
        Assert.Equal(expected, ReminderSchedule.Decide(Date(today), Deadline, lastReminder is null ? null : Date(lastReminder)));

    [Fact]
    public void Decide_LateDueSoonReminder_DelaysTheFirstOverdueOneToKeepAWeekApart()
    {
        Assert.Null(ReminderSchedule.Decide(new DateOnly(2026, 10, 1), Deadline, new DateOnly(2026, 9, 28)));
        Assert.Equal(ReminderKind.Overdue, ReminderSchedule.Decide(new DateOnly(2026, 10, 5), Deadline, new DateOnly(2026, 9, 28)));
    }

    [Fact]
    public void Decide_EveryDayOfATerm_NeverRemindsTwiceWithinSevenDays()
    {
        DateOnly? last = null;
        var sent = new List<DateOnly>();
        for (var day = new DateOnly(2026, 9, 1); day <= new DateOnly(2026, 12, 20); day = day.AddDays(1))
        {
            if (ReminderSchedule.Decide(day, Deadline, last) is not null)
            {
                sent.Add(day);
                last = day;
            }
        }

        Assert.Equal(new DateOnly(2026, 9, 23), sent[0]);
        Assert.Equal(new DateOnly(2026, 10, 1), sent[1]);
        Assert.All(sent.Zip(sent.Skip(1)), pair => Assert.True(pair.Second.DayNumber - pair.First.DayNumber >= 7));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
