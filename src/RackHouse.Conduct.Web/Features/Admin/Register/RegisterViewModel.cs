using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Web.Features.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

/// <param name="Rows">The adults the filter selects.</param>
/// <param name="Totals">Counts by status over everyone still at the school, whatever the filter.</param>
public sealed record RegisterViewModel(
    IReadOnlyList<PolicyRound> Policies,
    PolicyRound? Selected,
    AcademicYear Year,
    RegisterFilter Filter,
    IReadOnlyList<RegisterRow> Rows,
    RegisterTotals Totals);
