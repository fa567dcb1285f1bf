namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>The last reference number given out in one calendar year. Its concurrency token makes two concurrent
/// reports take different numbers: the second to save fails and takes the next one.</summary>
public sealed class ConcernYearCounter
{
    private ConcernYearCounter()
    {
    }

    public ConcernYearCounter(int year)
    {
        Year = year;
    }

    public int Year { get; private set; }

    public int LastNumber { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public int Next()
    {
        LastNumber++;
        Version = Guid.NewGuid();
        return LastNumber;
    }
}
