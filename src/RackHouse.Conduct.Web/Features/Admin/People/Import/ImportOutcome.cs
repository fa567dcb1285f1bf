namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

public sealed record ImportOutcome(int Added, int Changed, int Left, int Skipped);
