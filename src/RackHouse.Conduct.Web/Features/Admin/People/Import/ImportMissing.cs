namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Someone at the school now who is not in the file: offered as a leaver, never marked without a tick.</summary>
public sealed record ImportMissing(int Id, string Name, string Detail);
