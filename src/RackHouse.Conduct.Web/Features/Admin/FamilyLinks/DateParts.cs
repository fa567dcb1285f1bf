using System.Globalization;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

/// <summary>A date typed as day, month and year in three boxes (GOV.UK's date input).</summary>
public static class DateParts
{
    public static DateOnly? ToDate(int? day, int? month, int? year) =>
        year is { } y && month is { } m && day is { } d && DateOnly.TryParseExact(
            $"{y:0000}-{m:00}-{d:00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
