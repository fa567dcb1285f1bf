namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>A GOV.UK radios question; the first radio carries the field's id so the error summary links to it.</summary>
public sealed record RadioGroup(string Name, string Legend, IReadOnlyList<RadioOption> Options, string? Selected, string? Error, string? Hint = null, bool IsPageHeading = false);
