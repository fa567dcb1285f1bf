using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed record EvidenceViewModel(Guid DraftId, ConcernCategory? Category, IReadOnlyList<EvidenceFile> Files, long MaxBytes)
{
    public bool RefusesFiles => Category is { } category && ConcernCategories.RefusesEvidence(category);
}
