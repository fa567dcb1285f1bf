namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>What a form control needs to know of its field: its name and id, whether it has an error, the value to
/// show (what was typed, else the model's), and the ids of its hint and error for aria-describedby.</summary>
public sealed record FieldState(string Name, string Id, bool HasError, string? Value, string? DescribedBy);
