namespace RackHouse.Conduct.Domain.Concerns;

public static class EvidenceTypes
{
    public static string ContentType(EvidenceType type) => type switch
    {
        EvidenceType.Png => "image/png",
        EvidenceType.Jpeg => "image/jpeg",
        EvidenceType.Gif => "image/gif",
        EvidenceType.WebP => "image/webp",
        EvidenceType.Pdf => "application/pdf",
        EvidenceType.PlainText => "text/plain",
        EvidenceType.Email => "message/rfc822",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Extension(EvidenceType type) => type switch
    {
        EvidenceType.Png => ".png",
        EvidenceType.Jpeg => ".jpg",
        EvidenceType.Gif => ".gif",
        EvidenceType.WebP => ".webp",
        EvidenceType.Pdf => ".pdf",
        EvidenceType.PlainText => ".txt",
        EvidenceType.Email => ".eml",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Describe(EvidenceType type) => type switch
    {
        EvidenceType.Png => "PNG image",
        EvidenceType.Jpeg => "JPEG image",
        EvidenceType.Gif => "GIF image",
        EvidenceType.WebP => "WebP image",
        EvidenceType.Pdf => "PDF document",
        EvidenceType.PlainText => "Plain text",
        EvidenceType.Email => "Saved email",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public const string AcceptedDescription = "a PNG, JPEG, GIF or WebP image, a PDF, a plain text file or a saved email (.eml)";
}
