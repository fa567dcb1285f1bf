namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>The rows of a file that can be imported, and the problems with the others.</summary>
public sealed record ImportedFile<TRow>(IReadOnlyList<TRow> Rows, IReadOnlyList<ImportProblem> Problems);
