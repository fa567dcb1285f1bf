using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>The middle value of a set of durations (in days), as governors read "typical time to ...".</summary>
public static class Median
{
    /// <summary>Null for an empty set, or for fewer than 5 values: a median of 1 to 4 cases describes those cases.</summary>
    public static double? Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length < SmallNumber.Threshold)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
