namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>A policy's text as sanitised HTML, and its sections for the contents list.</summary>
public sealed record RenderedPolicy(string Html, IReadOnlyList<PolicyHeading> Contents);
