using Microsoft.Extensions.Caching.Memory;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Web.Features.Governors;

namespace RackHouse.Conduct.UnitTests.Governors;

public sealed class SchoolRecordsCacheTests
{
    [Fact]
    public async Task GetAsync_EightRequestsFindTheCopyStaleTogether_ReadsTheRecordsOnce()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        using var cache = new SchoolRecordsCache(memory);
        var stamp = Guid.NewGuid();
        var reads = 0;
        var reading = new TaskCompletionSource<SchoolRecords>();
        async Task<SchoolRecords> ReadAsync()
        {
            Interlocked.Increment(ref reads);
            return await reading.Task;
        }

        var requests = Enumerable.Range(0, 8).Select(_ => cache.GetAsync(stamp, ReadAsync, CancellationToken.None)).ToList();
        reading.SetResult(Records(stamp));
        var records = await Task.WhenAll(requests);

        Assert.Equal(1, reads);
        Assert.All(records, r => Assert.Same(records[0], r));
    }

    [Fact]
    public async Task GetAsync_StampMovedOn_ReadsAgainAndKeepsOnlyTheNewCopy()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        using var cache = new SchoolRecordsCache(memory);
        var (before, after) = (Guid.NewGuid(), Guid.NewGuid());

        var first = await cache.GetAsync(before, () => Task.FromResult(Records(before)), CancellationToken.None);
        var again = await cache.GetAsync(before, () => throw new InvalidOperationException("Read again while current."), CancellationToken.None);
        var changed = await cache.GetAsync(after, () => Task.FromResult(Records(after)), CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal(after, changed.Stamp);
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public async Task GetAsync_ReadFails_LetsTheNextRequestRead()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        using var cache = new SchoolRecordsCache(memory);
        var stamp = Guid.NewGuid();

        await Assert.ThrowsAsync<TimeoutException>(() => cache.GetAsync(stamp, () => throw new TimeoutException(), CancellationToken.None));
        var records = await cache.GetAsync(stamp, () => Task.FromResult(Records(stamp)), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(stamp, records.Stamp);
    }

    private static SchoolRecords Records(Guid stamp) =>
        new(stamp, new SchoolSettings(), [], [], new Dictionary<(int, int), int>(), [], [], []);
}
