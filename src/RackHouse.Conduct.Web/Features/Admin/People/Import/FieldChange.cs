namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>One value that an import changes, old and new as the preview shows them.</summary>
public sealed record FieldChange(string Field, string Old, string New);
