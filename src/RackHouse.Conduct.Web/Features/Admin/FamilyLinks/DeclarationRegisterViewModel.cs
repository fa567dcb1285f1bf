using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

/// <param name="Rows">The declarations the filter selects.</param>
/// <param name="Totals">How many declarations have each status, whatever the filter.</param>
/// <param name="Adults">Everyone who has declared a link, for the filter, by id.</param>
public sealed record DeclarationRegisterViewModel(
    DeclarationFilter Filter,
    IReadOnlyList<DeclarationRegisterRow> Rows,
    IReadOnlyDictionary<DeclarationStatus, int> Totals,
    int NeedingReview,
    IReadOnlyList<string> YearGroups,
    IReadOnlyList<KeyValuePair<int, string>> Adults,
    bool CanDecide);
