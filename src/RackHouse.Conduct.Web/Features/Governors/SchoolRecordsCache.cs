using Microsoft.Extensions.Caching.Memory;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>One copy of the school's records in memory, replaced when the figures stamp moves on, so a busy day of
/// changes never piles up copies. Requests that find the copy stale read the records again one at a time: after a
/// change, a room of governors opening the dashboard together costs one read, not one each.</summary>
public sealed class SchoolRecordsCache(IMemoryCache cache) : IDisposable
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private readonly SemaphoreSlim reading = new(1, 1);

    /// <param name="read">Reads the records afresh, with the requesting scope's own database context.</param>
    public async Task<SchoolRecords> GetAsync(Guid stamp, Func<Task<SchoolRecords>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Current(stamp) is { } current)
        {
            return current;
        }

        await reading.WaitAsync(cancellationToken);
        try
        {
            if (Current(stamp) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            var records = await read();
            cache.Set(typeof(SchoolRecords), records, KeptFor);
            return records;
        }
        finally
        {
            reading.Release();
        }
    }

    public void Dispose() => reading.Dispose();

    private SchoolRecords? Current(Guid stamp) =>
        cache.TryGetValue(typeof(SchoolRecords), out SchoolRecords? records) && records!.Stamp == stamp ? records : null;
}
