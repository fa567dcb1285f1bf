using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed record CheckViewModel(ConcernDraft Draft, string? SubjectName, IReadOnlyList<EvidenceFile> Evidence, ConcernRoute Route);
