namespace RackHouse.Conduct.Web.Features.Errors;

public sealed record ErrorViewModel(int StatusCode, string Reference);
