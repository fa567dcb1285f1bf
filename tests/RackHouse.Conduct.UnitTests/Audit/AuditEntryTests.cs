using RackHouse.Conduct.Domain.Audit;

namespace RackHouse.Conduct.UnitTests.Audit;

public sealed class AuditEntryTests
{
    private static readonly DateTime At = new DateTime(2026, 11, 23, 9, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567);

    [Fact]
    public void After_First_ChainsFromTheGenesisHash()
    {
        var first = AuditEntry.After(null, At, 1, "127.0.0.1", AuditAction.ConcernViewed, "RH-2026-0001", "viewed");

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditEntry.GenesisHash, first.PreviousHash);
        Assert.Equal(64, first.Hash.Length);
    }

    [Fact]
    public void After_Second_CarriesTheHashOfTheFirst()
    {
        var first = AuditEntry.After(null, At, 1, null, AuditAction.ConcernViewed, "RH-2026-0001", "viewed");

        var second = AuditEntry.After(first, At, 2, null, AuditAction.DecisionRecorded, "RH-2026-0001", "decision");

        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
    }

    [Fact]
    public void After_TimeBelowAMillisecond_IsDroppedSoEveryDatabaseReadsItBackTheSame()
    {
        var entry = AuditEntry.After(null, At, 1, null, AuditAction.ConcernViewed, null, "viewed");

        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 0, 123, DateTimeKind.Utc), entry.AtUtc);
        Assert.Equal(entry.Hash, entry.ComputeHash());
    }

    [Fact]
    public void ComputeHash_DifferentDetail_DifferentHash()
    {
        var one = AuditEntry.After(null, At, 1, null, AuditAction.ConcernViewed, null, "viewed");
        var other = AuditEntry.After(null, At, 1, null, AuditAction.ConcernViewed, null, "viewed!");

        Assert.NotEqual(one.Hash, other.Hash);
    }
}
