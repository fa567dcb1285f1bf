namespace RackHouse.Conduct.Benchmarks;

/// <summary>One measurement. It prints what it measured and returns false when a stated target was missed.</summary>
public interface IBenchmark
{
    /// <summary>The name given on the command line.</summary>
    string Name { get; }

    string Description { get; }

    Task<bool> RunAsync(BenchmarkOptions options);
}
