namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

public sealed record NavigationItem(string Text, string Path, string Policy);
