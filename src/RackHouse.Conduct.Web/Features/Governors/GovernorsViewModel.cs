namespace RackHouse.Conduct.Web.Features.Governors;

public sealed record GovernorsViewModel(string Total, IReadOnlyList<RosterFigure> ByCategory, string Pupils);
