namespace RackHouse.Conduct.Benchmarks;

/// <summary><c>dotnet run -c Release --project tests/RackHouse.Conduct.Benchmarks -- &lt;name&gt; [options]</c>.</summary>
public static class BenchmarkProgram
{
    private static readonly IBenchmark[] Benchmarks =
    [
        new ReadyCheckBenchmark(),
        new DashboardBenchmark(),
        new RosterImportBenchmark(),
        new EvidenceUploadBenchmark(),
    ];

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var benchmark = args.Length > 0 ? Benchmarks.SingleOrDefault(b => b.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase)) : null;
        if (benchmark is null)
        {
            await Console.Error.WriteLineAsync("Usage: <benchmark> [--provider Sqlite|PostgreSql --connection \"...\"] [--seconds N]");
            foreach (var known in Benchmarks)
            {
                await Console.Error.WriteLineAsync($"  {known.Name,-16} {known.Description}");
            }

            return 2;
        }

        var options = BenchmarkOptions.Parse(args[1..]);
        await Console.Out.WriteLineAsync($"{benchmark.Name} on {options.Provider}: {benchmark.Description}");
        var metTarget = await benchmark.RunAsync(options);
        await Console.Out.WriteLineAsync(metTarget ? "Target met." : "TARGET MISSED.");
        return metTarget ? 0 : 1;
    }
}
