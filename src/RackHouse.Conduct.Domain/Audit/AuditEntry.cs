using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RackHouse.Conduct.Domain.Audit;

/// <summary>One entry of the append-only audit trail: who did or viewed what, when, from where. Each entry carries the
/// SHA-256 of the one before, and its sequence number is unique, so the entries form one chain: altering, removing or
/// inserting an entry breaks it where it happened.</summary>
public sealed class AuditEntry
{
    public const int MaxDetailLength = 500;

    public static readonly string GenesisHash = new('0', 64);

    private AuditEntry()
    {
        Detail = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    private AuditEntry(long sequence, DateTime atUtc, int? actorAdultId, string? fromAddress, AuditAction action, string? concernReference, string detail, string previousHash)
    {
        Sequence = sequence;
        AtUtc = atUtc;
        ActorAdultId = actorAdultId;
        FromAddress = fromAddress;
        Action = action;
        ConcernReference = concernReference;
        Detail = detail.Length > MaxDetailLength ? detail[..MaxDetailLength] : detail;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }

    /// <summary>1 for the first entry, then one more than the entry before; unique.</summary>
    public long Sequence { get; private set; }

    public DateTime AtUtc { get; private set; }

    public int? ActorAdultId { get; private set; }

    public string? FromAddress { get; private set; }

    public AuditAction Action { get; private set; }

    public string? ConcernReference { get; private set; }

    /// <summary>What was done, never a concern's content or a pupil's name.</summary>
    public string Detail { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>The entry after <paramref name="previous"/> (null for the first). The time is kept to the millisecond so
    /// it reads back from every database exactly as it was hashed.</summary>
    public static AuditEntry After(AuditEntry? previous, DateTime atUtc, int? actorAdultId, string? fromAddress, AuditAction action, string? concernReference, string detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var at = new DateTime(atUtc.Ticks - (atUtc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        return new AuditEntry((previous?.Sequence ?? 0) + 1, at, actorAdultId, fromAddress, action, concernReference, detail, previous?.Hash ?? GenesisHash);
    }

    /// <summary>The SHA-256 of everything the entry says and the hash of the entry before.</summary>
    public string ComputeHash()
    {
        var text = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(AtUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ActorAdultId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            FromAddress ?? string.Empty,
            Action.ToString(),
            ConcernReference ?? string.Empty,
            Detail,
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
