namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>The words the portal shows for each value of the case file.</summary>
public static class ConcernNames
{
    public static string Describe(SubjectKind kind) => kind switch
    {
        SubjectKind.AdultOfSchool => "An adult of the school",
        SubjectKind.Pupil => "A pupil",
        SubjectKind.Parent => "A parent or carer",
        SubjectKind.FormerPupil => "A former pupil",
        SubjectKind.Public => "A member of the public",
        SubjectKind.Unknown => "Not known",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Describe(ConcernStatus status) => status switch
    {
        ConcernStatus.New => "New",
        ConcernStatus.Triaged => "Triaged",
        ConcernStatus.Investigating => "Investigating",
        ConcernStatus.OutcomeRecorded => "Outcome recorded",
        ConcernStatus.Closed => "Closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ReporterStatus ForReporter(ConcernStatus status) => status switch
    {
        ConcernStatus.New => ReporterStatus.Received,
        ConcernStatus.Closed => ReporterStatus.Closed,
        _ => ReporterStatus.WithCaseManager,
    };

    public static string Describe(ReporterStatus status) => status switch
    {
        ReporterStatus.Received => "Received",
        ReporterStatus.WithCaseManager => "With the case manager",
        ReporterStatus.Closed => "Closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Describe(ThresholdDecision decision) => decision switch
    {
        ThresholdDecision.HarmThreshold => "Harm threshold met: an allegation for the LADO",
        ThresholdDecision.LowLevelConcern => "Low-level concern",
        ThresholdDecision.ConductMatter => "Conduct matter",
        ThresholdDecision.ChildProtection => "Child-protection concern about a pupil (for the DSL)",
        ThresholdDecision.Prevent => "Prevent",
        ThresholdDecision.NotAConcern => "Not a concern",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
    };

    public static string Describe(ReferralType type) => type switch
    {
        ReferralType.Lado => "LADO",
        ReferralType.Police => "Police",
        ReferralType.ChildrensSocialCare => "Children's social care",
        ReferralType.PreventChannel => "Prevent or Channel",
        ReferralType.Dbs => "Disclosure and Barring Service (DBS)",
        ReferralType.TeachingRegulationAgency => "Teaching Regulation Agency",
        ReferralType.AgencyOrEmployer => "The agency or employer",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Describe(ConcernOutcome outcome) => outcome switch
    {
        ConcernOutcome.Substantiated => "Substantiated",
        ConcernOutcome.Unsubstantiated => "Unsubstantiated",
        ConcernOutcome.Unfounded => "Unfounded",
        ConcernOutcome.False => "False",
        ConcernOutcome.Malicious => "Malicious",
        ConcernOutcome.NoFurtherAction => "No further action",
        ConcernOutcome.AdviceOrGuidance => "Advice or guidance",
        ConcernOutcome.ManagementAction => "Management action",
        ConcernOutcome.DisciplinaryProcess => "Disciplinary process",
        ConcernOutcome.Dismissal => "Dismissal",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Describe(CaseManager manager) => manager switch
    {
        CaseManager.Headteacher => "Headteacher",
        CaseManager.ChairOfGovernors => "Chair of governors",
        _ => throw new ArgumentOutOfRangeException(nameof(manager), manager, null),
    };
}
