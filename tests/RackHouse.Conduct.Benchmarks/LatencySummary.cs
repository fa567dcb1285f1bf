using System.Globalization;

namespace RackHouse.Conduct.Benchmarks;

/// <summary>What a load run measured: how many requests, how fast each was, and how many a second in all.</summary>
public sealed record LatencySummary(int Requests, double MedianMilliseconds, double P95Milliseconds, double RequestsPerSecond)
{
    public static LatencySummary From(IReadOnlyList<double> latencies, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(latencies);
        var sorted = latencies.Order().ToArray();
        return sorted.Length == 0
            ? new LatencySummary(0, 0, 0, 0)
            : new LatencySummary(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted.Length / elapsed.TotalSeconds);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Requests} requests, median {MedianMilliseconds:0.0} ms, p95 {P95Milliseconds:0.0} ms, {RequestsPerSecond:0} requests/s");

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
