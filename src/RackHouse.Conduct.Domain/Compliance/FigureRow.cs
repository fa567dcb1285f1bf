namespace RackHouse.Conduct.Domain.Compliance;

public sealed record FigureRow(string Label, Figure Figure);
