namespace RackHouse.Conduct.Domain.Common;

/// <summary>A day and month with no year, such as 1 September. 29 February is not allowed: it is not in every year.</summary>
public readonly record struct DayOfYear
{
    public DayOfYear(int month, int day)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be from 1 to 12.");
        }

        if (day < 1 || day > DateTime.DaysInMonth(2001, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "That day is not in every year.");
        }

        Month = month;
        Day = day;
    }

    public int Month { get; }

    public int Day { get; }

    public DateOnly InYear(int year) => new(year, Month, Day);

    public override string ToString() => new DateOnly(2001, Month, Day).ToString("d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
