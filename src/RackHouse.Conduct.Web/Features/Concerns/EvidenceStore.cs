using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Web.Infrastructure;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>Evidence files on disk. Uploads stream through a small buffer straight to a file with a random name, hashed
/// and type-checked on the way, so a 20 MB file never sits in memory. There is no delete: a refused upload is removed
/// before it ever becomes evidence, and nothing else is.</summary>
public sealed class EvidenceStore(IOptions<ConcernOptions> options, AppFolders folders)
{
    private const int BufferSize = 64 * 1024;

    public string Folder { get; } = string.IsNullOrWhiteSpace(options.Value.EvidenceFolder)
        ? Path.Combine(folders.DataFolder, "evidence")
        : Path.GetFullPath(options.Value.EvidenceFolder);

    public long MaxBytes { get; } = options.Value.MaxEvidenceBytes;

    /// <summary>The stored file, or the reason it was refused (too large, or not an accepted type).</summary>
    public async Task<(StoredFile? File, string? Refusal)> SaveAsync(Stream source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        Directory.CreateDirectory(Folder);
        var storedName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(Folder, storedName);
        var sniffer = new EvidenceSniffer();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        string? refusal = null;
        try
        {
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    if (sniffer.Length + read > MaxBytes)
                    {
                        refusal = "is larger than " + Megabytes(MaxBytes);
                        break;
                    }

                    sniffer.Append(buffer.AsSpan(0, read));
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            var type = refusal is null ? sniffer.Type() : null;
            if (refusal is null && type is null)
            {
                refusal = sniffer.Length == 0 ? "is empty" : "is not " + EvidenceTypes.AcceptedDescription;
            }

            if (refusal is not null)
            {
                File.Delete(path);
                return (null, refusal);
            }

            return (new StoredFile(storedName, type!.Value, sniffer.Length, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Removes a file that never became part of a concern (see <see cref="ConcernsService.DiscardDraftEvidenceAsync"/>).</summary>
    public void Delete(string storedName) => File.Delete(Path.Combine(Folder, Path.GetFileName(storedName)));

    /// <summary>Opens a stored file for download after checking it still has the fingerprint taken at upload; null
    /// when it is missing or has changed.</summary>
    public async Task<Stream?> OpenVerifiedAsync(string storedName, string expectedSha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storedName);
        var path = Path.Combine(Folder, Path.GetFileName(storedName));
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            if (!string.Equals(actual, expectedSha256.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                await stream.DisposeAsync();
                return null;
            }

            stream.Position = 0;
            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    public static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
