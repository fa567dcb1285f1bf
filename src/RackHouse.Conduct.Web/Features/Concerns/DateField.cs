namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>A GOV.UK date input: <c>{Prefix}Day</c>, <c>{Prefix}Month</c> and <c>{Prefix}Year</c>.</summary>
public sealed record DateField(string Prefix, string Legend, string? Hint, string? Day, string? Month, string? Year, string? Error);
