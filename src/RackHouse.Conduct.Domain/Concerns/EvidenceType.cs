namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>The kinds of file accepted as evidence, told apart by their content, never by their name.</summary>
public enum EvidenceType
{
    Png,
    Jpeg,
    Gif,
    WebP,
    Pdf,
    PlainText,
    Email,
}
