namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>A published policy version, for the report's list of the versions in force.</summary>
public sealed record PolicyInForce(int PolicyId, string Title, int Number, DateOnly PublishedOn);
