namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>The last reference number given out in one calendar year to the concerns of one case manager. Concerns
/// about the Headteacher are numbered apart, so the Headteacher cannot tell from a gap in their own numbers that one
/// exists. Its concurrency token makes two concurrent reports take different numbers: the second to save fails and
/// takes the next one.</summary>
public sealed class ConcernYearCounter
{
    private ConcernYearCounter()
    {
    }

    public ConcernYearCounter(int year, CaseManager series)
    {
        Year = year;
        Series = series;
    }

    public int Year { get; private set; }

    public CaseManager Series { get; private set; }

    public int LastNumber { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public int Next()
    {
        LastNumber++;
        Version = Guid.NewGuid();
        return LastNumber;
    }
}
