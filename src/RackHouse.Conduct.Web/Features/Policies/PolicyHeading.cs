namespace RackHouse.Conduct.Web.Features.Policies;

public sealed record PolicyHeading(string Id, string Text);
