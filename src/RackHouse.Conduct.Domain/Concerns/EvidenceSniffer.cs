using System.Text;

namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>Tells a file's type from its bytes as they stream past, so nothing holds the whole file: images and PDFs by
/// their signature, text by containing no binary control bytes anywhere, and a saved email by starting with mail
/// headers.</summary>
public sealed class EvidenceSniffer
{
    private const int HeadLength = 4096;

    private static readonly string[] MailHeaders =
        ["from:", "to:", "subject:", "date:", "received:", "message-id:", "mime-version:", "return-path:", "delivered-to:", "reply-to:", "cc:"];

    private readonly byte[] head = new byte[HeadLength];
    private int headLength;
    private bool binary;

    public long Length { get; private set; }

    public void Append(ReadOnlySpan<byte> chunk)
    {
        if (headLength < HeadLength)
        {
            var take = Math.Min(chunk.Length, HeadLength - headLength);
            chunk[..take].CopyTo(head.AsSpan(headLength));
            headLength += take;
        }

        if (!binary)
        {
            foreach (var b in chunk)
            {
                if (b is < 0x20 and not (0x09 or 0x0A or 0x0C or 0x0D) or 0x7F)
                {
                    binary = true;
                    break;
                }
            }
        }

        Length += chunk.Length;
    }

    /// <summary>The type, or null when the content is none of the accepted kinds.</summary>
    public EvidenceType? Type()
    {
        var start = head.AsSpan(0, headLength);
        if (start.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return EvidenceType.Png;
        }

        if (start.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return EvidenceType.Jpeg;
        }

        if (start.StartsWith("GIF87a"u8) || start.StartsWith("GIF89a"u8))
        {
            return EvidenceType.Gif;
        }

        if (start.Length >= 12 && start.StartsWith("RIFF"u8) && start[8..12].SequenceEqual("WEBP"u8))
        {
            return EvidenceType.WebP;
        }

        if (start.StartsWith("%PDF-"u8))
        {
            return EvidenceType.Pdf;
        }

        if (binary || Length == 0)
        {
            return null;
        }

        return LooksLikeEmail(start) ? EvidenceType.Email : EvidenceType.PlainText;
    }

    private static bool LooksLikeEmail(ReadOnlySpan<byte> start)
    {
        var lines = Encoding.UTF8.GetString(start).Split('\n');
        var headers = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[..colon].Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
            {
                return false;
            }

            if (MailHeaders.Any(h => line.StartsWith(h, StringComparison.OrdinalIgnoreCase)))
            {
                headers++;
            }
        }

        return headers >= 2;
    }
}
