using System.Globalization;

namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>A concern's reference, numbered from 1 within each calendar year: RH-2026-0001 for the Headteacher's
/// cases, RH-2026-G001 for the chair of governors' (concerns about the Headteacher), so that neither series has gaps
/// that tell of the other.</summary>
public static class ConcernReference
{
    public const int MaxLength = 16;

    public static string Format(int year, int number, CaseManager series)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return series == CaseManager.ChairOfGovernors
            ? string.Create(CultureInfo.InvariantCulture, $"RH-{year:D4}-G{number:D3}")
            : string.Create(CultureInfo.InvariantCulture, $"RH-{year:D4}-{number:D4}");
    }
}
