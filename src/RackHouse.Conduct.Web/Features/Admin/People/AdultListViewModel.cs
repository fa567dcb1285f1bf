namespace RackHouse.Conduct.Web.Features.Admin.People;

public sealed record AdultListViewModel(AdultFilter Filter, ListPage<AdultRow> Adults, DateOnly Today);
