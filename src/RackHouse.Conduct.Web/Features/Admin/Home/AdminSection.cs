namespace RackHouse.Conduct.Web.Features.Admin.Home;

public sealed record AdminSection(string Title, string Path, string Description, string Policy);
