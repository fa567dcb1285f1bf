namespace RackHouse.Conduct.Domain.Audit;

/// <summary>What an audit entry records: every view of a concern, every evidence download, every decision and every
/// change of who can see what.</summary>
public enum AuditAction
{
    ConcernSubmitted,
    CaseManagerAssigned,
    ConcernViewed,
    EvidenceDownloaded,
    EvidenceRefused,
    DecisionRecorded,
    InvestigationStarted,
    NoteAdded,
    ReferralRecorded,
    OutcomeRecorded,
    ConcernClosed,
    AddendumAdded,
    AuditTrailViewed,
    LowLevelConcernsViewed,

    /// <summary>An adult was given or lost a role, which changes which concerns they may see.</summary>
    RolesChanged,
}
