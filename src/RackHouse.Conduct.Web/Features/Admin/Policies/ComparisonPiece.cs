namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public sealed record ComparisonPiece(ComparisonChange Change, string Text);
