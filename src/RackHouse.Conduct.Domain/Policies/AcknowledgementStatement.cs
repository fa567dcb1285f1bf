namespace RackHouse.Conduct.Domain.Policies;

/// <summary>One thing an adult confirms, separately from the others, when acknowledging a policy.</summary>
public sealed record AcknowledgementStatement(string Key, string Text);
