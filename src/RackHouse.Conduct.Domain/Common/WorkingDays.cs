namespace RackHouse.Conduct.Domain.Common;

/// <summary>Working days skip Saturdays and Sundays (SPEC section 4, Time).</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date <paramref name="count"/> working days after <paramref name="from"/>; 0 gives the same
    /// day, or the next working day when <paramref name="from"/> falls at a weekend.</summary>
    public static DateOnly Add(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var date = from;
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        for (var added = 0; added < count;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                added++;
            }
        }

        return date;
    }

    /// <summary>How many working days after <paramref name="from"/> <paramref name="to"/> falls, counted as
    /// <see cref="Add"/> counts: 0 on the same day (or, from a weekend, up to the Monday after), 1 on the next
    /// working day.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        var count = 0;
        for (var date = Add(from, 0).AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
