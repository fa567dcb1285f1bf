using System.Globalization;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>A GOV.UK date input's three fields: all empty means no date; otherwise they must make a real date.</summary>
public static class FormDate
{
    public static bool IsEmpty(string? day, string? month, string? year) =>
        string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year);

    public static DateOnly? Parse(string? day, string? month, string? year)
    {
        if (!int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }

    public static string? Part(DateOnly? date, char part) => date is not { } value ? null : part switch
    {
        'd' => value.Day.ToString(CultureInfo.InvariantCulture),
        'm' => value.Month.ToString(CultureInfo.InvariantCulture),
        _ => value.Year.ToString(CultureInfo.InvariantCulture),
    };
}
