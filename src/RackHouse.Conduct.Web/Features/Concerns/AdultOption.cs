namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed record AdultOption(int Id, string Name, string? JobTitle);
