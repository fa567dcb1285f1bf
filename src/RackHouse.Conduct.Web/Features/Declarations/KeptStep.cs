namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>One kept step as the pages show it.</summary>
public sealed record KeptStep(string What, string By, DateTime AtUtc, string? Text, DateOnly? OnDate);
