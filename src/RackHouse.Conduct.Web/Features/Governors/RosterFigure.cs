namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>One row of an aggregate table: a label and a count already made safe to show.</summary>
public sealed record RosterFigure(string Label, string Count);
