namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>What came of one posted evidence form: the files kept, and a message for each file refused.</summary>
public sealed record EvidenceUpload(bool IsValidRequest, IReadOnlyList<(StoredFile File, string FileName)> Stored, IReadOnlyList<string> Refusals)
{
    public static EvidenceUpload Invalid { get; } = new(false, [], []);
}
