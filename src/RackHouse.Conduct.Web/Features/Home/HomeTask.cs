namespace RackHouse.Conduct.Web.Features.Home;

/// <summary>Something the adult should do, with where to do it and, when there is one, by when.</summary>
public sealed record HomeTask(string Title, string Description, string Link, string? DueBy);
