namespace RackHouse.Conduct.Domain.Common;

/// <summary>Counts of 1 to 4 could identify someone in a small school, so governors see them as "fewer than 5".</summary>
public static class SmallNumber
{
    public const int Threshold = 5;

    public static bool IsSuppressed(int count) => count is > 0 and < Threshold;

    public static string Display(int count) => IsSuppressed(count) ? "fewer than 5" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
