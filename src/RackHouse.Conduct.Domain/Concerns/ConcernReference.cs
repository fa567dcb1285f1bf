using System.Globalization;

namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>A concern's reference: RH-2026-0001, numbered from 1 within each calendar year.</summary>
public static class ConcernReference
{
    public const int MaxLength = 16;

    public static string Format(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return string.Create(CultureInfo.InvariantCulture, $"RH-{year:D4}-{number:D4}");
    }
}
