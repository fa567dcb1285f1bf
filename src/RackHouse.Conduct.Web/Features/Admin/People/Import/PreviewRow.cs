namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>A row to add or change, as the preview shows it.</summary>
public sealed record PreviewRow(int Line, string Name, string Detail, IReadOnlyList<FieldChange> Fields);
