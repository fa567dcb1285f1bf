namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>The preview of an uploaded file. The lists of additions and changes show their first
/// <see cref="ImportService.Shown"/> rows; problems and people missing from the file are shown in full.</summary>
public sealed record ImportPreviewViewModel(
    ImportKind Kind,
    string Hash,
    IReadOnlyList<PreviewRow> Additions,
    int AdditionCount,
    IReadOnlyList<PreviewRow> Changes,
    int ChangeCount,
    IReadOnlyList<ImportMissing> Missing,
    IReadOnlyList<ImportProblem> Problems,
    int Unchanged)
{
    public string Noun => Kind == ImportKind.Adults ? "adults" : "pupils";
}
