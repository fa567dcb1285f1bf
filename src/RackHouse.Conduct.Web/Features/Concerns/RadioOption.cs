namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed record RadioOption(string Value, string Text, string? Hint = null);
