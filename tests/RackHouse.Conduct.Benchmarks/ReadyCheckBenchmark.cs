namespace RackHouse.Conduct.Benchmarks;

/// <summary>The yardstick: /health/ready is one database round trip, so other pages' throughput is stated as a
/// ratio to it, measured on the same machine in the same run.</summary>
public sealed class ReadyCheckBenchmark : IBenchmark
{
    public string Name => "ready";

    public string Description => "throughput of /health/ready (one database round trip) with 1 and 8 clients";

    public async Task<bool> RunAsync(BenchmarkOptions options)
    {
        await using var portal = await PortalProcess.StartAsync(options, withDemoData: false);
        foreach (var clientCount in new[] { 1, 8 })
        {
            var summary = await MeasureAsync(portal, clientCount, options.Duration);
            await Console.Out.WriteLineAsync($"  {clientCount} client(s): {summary}");
        }

        return true;
    }

    /// <summary>Measures /health/ready with fresh clients; other benchmarks call this for their ratio.</summary>
    public static async Task<LatencySummary> MeasureAsync(PortalProcess portal, int clientCount, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var clients = Enumerable.Range(0, clientCount).Select(_ => portal.CreateClient()).ToList();
        try
        {
            return await LoadRun.MeasureAsync(clients, CheckAsync, TimeSpan.FromSeconds(2), duration);
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
        }
    }

    private static async Task CheckAsync(PortalClient client)
    {
        using var response = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }
}
