using System.Diagnostics;

namespace RackHouse.Conduct.Benchmarks;

/// <summary>Several clients sending one kind of request back to back for a fixed time, after a warm-up.</summary>
public static class LoadRun
{
    public static async Task<LatencySummary> MeasureAsync(
        IReadOnlyList<PortalClient> clients, Func<PortalClient, Task> request, TimeSpan warmUp, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(request);
        await RunAsync(clients, request, warmUp);
        return await RunAsync(clients, request, duration);
    }

    private static async Task<LatencySummary> RunAsync(IReadOnlyList<PortalClient> clients, Func<PortalClient, Task> request, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(clients.Select(async client =>
        {
            var latencies = new List<double>();
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                await request(client);
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }

            return latencies;
        }));
        return LatencySummary.From(perClient.SelectMany(latencies => latencies).ToList(), clock.Elapsed);
    }
}
