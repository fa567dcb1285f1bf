namespace RackHouse.Conduct.Benchmarks;

/// <summary>Command-line options shared by every benchmark: <c>--provider Sqlite|PostgreSql</c>,
/// <c>--connection "..."</c> (required for PostgreSql: an empty database the benchmark may fill) and
/// <c>--seconds N</c> for load runs.</summary>
public sealed record BenchmarkOptions(string Provider, string? ConnectionString, TimeSpan Duration)
{
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? Value(string name)
        {
            var index = args.ToList().IndexOf(name);
            return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
        }

        var provider = Value("--provider") ?? "Sqlite";
        var connection = Value("--connection");
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) && connection is null)
        {
            throw new ArgumentException($"--provider {provider} needs --connection with an empty database.");
        }

        var seconds = int.TryParse(Value("--seconds"), out var parsed) && parsed > 0 ? parsed : 10;
        return new BenchmarkOptions(provider, connection, TimeSpan.FromSeconds(seconds));
    }
}
