using System.Globalization;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>Dates are shown the UK way (dd/MM/yyyy) and times in Europe/London, whatever the server's zone.</summary>
public static class UkTime
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLondon(time.GetUtcNow().UtcDateTime));

    public static System.DateTime ToLondon(System.DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>The UK date at a moment stored in UTC.</summary>
    public static DateOnly DateOf(System.DateTime utc) => DateOnly.FromDateTime(ToLondon(utc));

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    public static string DateAndTime(System.DateTime utc) => ToLondon(utc).ToString("dd/MM/yyyy HH:mm", Culture);
}
