using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Data.Conventions;

/// <summary>Stores a day of the year as "MM-dd", readable in any database tool.</summary>
public sealed class DayOfYearConverter() : ValueConverter<DayOfYear, string>(value => Format(value), text => Parse(text))
{
    public static string Format(DayOfYear value) =>
        value.Month.ToString("00", CultureInfo.InvariantCulture) + "-" + value.Day.ToString("00", CultureInfo.InvariantCulture);

    public static DayOfYear Parse(string text) =>
        new(int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture));
}
