using System.Globalization;

namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>Dates as people type them and as school MIS exports write them: UK day/month/year (with or without
/// leading zeros, with slashes, dashes or dots, optionally followed by a midnight time) or ISO year-month-day.</summary>
public static class UkDateText
{
    private static readonly string[] Formats =
    [
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd",
        "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss",
    ];

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = DateOnly.FromDateTime(parsed);
        return true;
    }

    public static DateOnly? ParseOrNull(string? text) => TryParse(text, out var date) ? date : null;
}
