namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

public sealed record ImportAddition<T>(int Line, T Details);
