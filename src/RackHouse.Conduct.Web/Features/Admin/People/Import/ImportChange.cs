namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>A person on record whose row in the file differs: their id, the details they will have, and what changes.</summary>
public sealed record ImportChange<T>(int Line, int Id, T Details, IReadOnlyList<FieldChange> Fields);
