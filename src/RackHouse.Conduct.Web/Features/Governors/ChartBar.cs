namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>One bar: its label, its value (null draws no bar) and the text shown at its end, e.g. "fewer than 5".</summary>
public sealed record ChartBar(string Label, double? Value, string Text);
