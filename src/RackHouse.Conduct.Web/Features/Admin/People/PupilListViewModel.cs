namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <param name="YearGroups">Every year group on record, for the filter.</param>
public sealed record PupilListViewModel(PupilFilter Filter, ListPage<PupilRow> Pupils, IReadOnlyList<string> YearGroups, DateOnly Today);
