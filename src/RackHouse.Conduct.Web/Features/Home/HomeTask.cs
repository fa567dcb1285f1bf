namespace RackHouse.Conduct.Web.Features.Home;

/// <summary>Something the adult should do, where to do it, and a short status such as "Due by 30/09/2026".</summary>
/// <param name="StatusColour">A GOV.UK tag colour: red, yellow or blue.</param>
public sealed record HomeTask(string Title, string Description, string Link, string Status, string StatusColour);
