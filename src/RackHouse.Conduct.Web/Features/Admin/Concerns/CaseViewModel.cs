using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Web.Features.Concerns;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed record CaseViewModel(
    Concern Concern,
    string ReporterName,
    string? SubjectName,
    IReadOnlyList<EvidenceFile> Evidence,
    IReadOnlyList<CaseEntry> Entries,
    bool ReadsAuditTrail,
    DateOnly TriageDue,
    bool TriageOverdue,
    DateOnly? LadoContactDue,
    bool LadoContactOverdue);
