namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>A file the reporter uploaded: stored outside the web root under a random name, fingerprinted at upload and
/// checked against the fingerprint at every download. Never deleted [Cyberbullying and Trolling: keep records].</summary>
public sealed class Evidence
{
    public const int MaxFileNameLength = 255;

    private Evidence()
    {
        StoredName = string.Empty;
        FileName = string.Empty;
        Sha256 = string.Empty;
    }

    public Evidence(Guid draftId, string storedName, string fileName, EvidenceType type, long sizeBytes, string sha256, int uploadedByAdultId, DateTime uploadedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storedName);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        DraftId = draftId;
        StoredName = storedName;
        FileName = CleanFileName(fileName, type);
        Type = type;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedByAdultId = uploadedByAdultId;
        UploadedAtUtc = uploadedAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The report the file was uploaded to while it was being written.</summary>
    public Guid DraftId { get; private set; }

    /// <summary>Set when the report is sent.</summary>
    public int? ConcernId { get; private set; }

    public string StoredName { get; private set; }

    /// <summary>The file's name on the reporter's device, kept for the case file only; it is never used on disk.</summary>
    public string FileName { get; private set; }

    public EvidenceType Type { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    public int UploadedByAdultId { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>The name as uploaded, without any folder, with the extension of the type found in its content: a text
    /// file called "log.hta" is downloaded as "log.txt", so opening it never runs it.</summary>
    private static string CleanFileName(string? fileName, EvidenceType type)
    {
        var name = (fileName ?? string.Empty).Split('/', '\\')[^1].Trim();
        name = Path.GetFileNameWithoutExtension(new string(name.Where(c => !char.IsControl(c)).ToArray())).Trim();
        var extension = EvidenceTypes.Extension(type);
        if (name.Length == 0)
        {
            name = "evidence";
        }

        return (name.Length > MaxFileNameLength - extension.Length ? name[..(MaxFileNameLength - extension.Length)] : name) + extension;
    }
}
