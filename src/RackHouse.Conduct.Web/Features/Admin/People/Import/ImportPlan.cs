namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>What confirming an import would do: the people to add, those whose details change, those at the school
/// but missing from the file (leavers only when ticked), the rows that cannot be imported, and how many rows match
/// the records exactly.</summary>
public sealed record ImportPlan<T>(
    IReadOnlyList<ImportAddition<T>> Additions,
    IReadOnlyList<ImportChange<T>> Changes,
    IReadOnlyList<ImportMissing> Missing,
    IReadOnlyList<ImportProblem> Problems,
    int Unchanged);
