namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>A reported concern and its case file. What the reporter submitted never changes; everything since is an
/// entry in the append-only chronology, and the state machine is new → triaged → investigating → outcome recorded →
/// closed. Leaving the school does not close a case.</summary>
public sealed class Concern
{
    private readonly List<ChronologyEntry> entries = [];
    private readonly List<Evidence> evidence = [];

    private Concern()
    {
        Reference = string.Empty;
        Description = string.Empty;
    }

    public Concern(int year, int number, ConcernReport report, CaseManager caseManager, DateTime submittedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Description);
        if (report.SubjectKind == SubjectKind.AdultOfSchool && report.SubjectAdultId is null)
        {
            throw new ArgumentException("A concern about an adult of the school names the adult.", nameof(report));
        }

        Year = year;
        Number = number;
        Reference = ConcernReference.Format(year, number, caseManager);
        ReporterAdultId = report.ReporterAdultId;
        SubmittedAtUtc = submittedAtUtc;
        Category = report.Category;
        ChildAtRisk = report.ChildAtRisk;
        IsUrgent = ConcernCategories.IsUrgent(report.Category) || report.ChildAtRisk;
        IsSafeguarding = ConcernCategories.IsSafeguarding(report.Category) || report.ChildAtRisk;
        Description = report.Description.Trim();
        Platform = report.Platform;
        Address = report.Address;
        DeviceLocation = report.DeviceLocation;
        HappenedOn = report.HappenedOn;
        FoundOn = report.FoundOn;
        SubjectKind = report.SubjectKind;
        SubjectAdultId = report.SubjectKind == SubjectKind.AdultOfSchool ? report.SubjectAdultId : null;
        SubjectDescription = report.SubjectDescription;
        IsSelfReferral = report.IsSelfReferral;
        PupilsInvolved = report.PupilsInvolved;
        CaseManager = caseManager;
    }

    public int Id { get; private set; }

    public string Reference { get; private set; }

    public int Year { get; private set; }

    public int Number { get; private set; }

    public int ReporterAdultId { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public ConcernCategory Category { get; private set; }

    public bool ChildAtRisk { get; private set; }

    public bool IsUrgent { get; private set; }

    public bool IsSafeguarding { get; private set; }

    public string Description { get; private set; }

    public string? Platform { get; private set; }

    /// <summary>The web address, or where it happened.</summary>
    public string? Address { get; private set; }

    /// <summary>Where the device is now (indecent images of children).</summary>
    public string? DeviceLocation { get; private set; }

    public DateOnly? HappenedOn { get; private set; }

    public DateOnly? FoundOn { get; private set; }

    public SubjectKind SubjectKind { get; private set; }

    public int? SubjectAdultId { get; private set; }

    public string? SubjectDescription { get; private set; }

    public bool IsSelfReferral { get; private set; }

    /// <summary>Names as the reporter typed them.</summary>
    public string? PupilsInvolved { get; private set; }

    public CaseManager CaseManager { get; private set; }

    public ConcernStatus Status { get; private set; }

    /// <summary>The latest threshold decision; earlier ones stay in the chronology.</summary>
    public ThresholdDecision? CurrentDecision { get; private set; }

    public DateOnly? HarmThresholdDecidedOn { get; private set; }

    public DateOnly? LadoContactedOn { get; private set; }

    public ConcernOutcome? Outcome { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Application-managed concurrency token: two case handlers acting at once cannot overwrite each other.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<ChronologyEntry> Entries => entries;

    public IReadOnlyList<Evidence> Evidence => evidence;

    /// <summary>An allegation: the latest threshold decision is that the harm threshold is met.</summary>
    public bool IsAllegation => CurrentDecision == ThresholdDecision.HarmThreshold;

    public bool CanTriage => Status is ConcernStatus.New or ConcernStatus.Triaged or ConcernStatus.Investigating;

    public bool CanStartInvestigation => Status == ConcernStatus.Triaged;

    public bool CanAddToCase => Status != ConcernStatus.Closed;

    public bool CanRecordOutcome => Status is ConcernStatus.Triaged or ConcernStatus.Investigating;

    public bool CanClose => Status == ConcernStatus.OutcomeRecorded;

    public void AttachEvidence(IEnumerable<Evidence> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        evidence.AddRange(files);
    }

    /// <summary>Records a threshold decision. A later decision re-classifies the concern without overwriting the first.</summary>
    public ChronologyEntry Triage(ThresholdDecision decision, string rationale, int byAdultId, DateTime atUtc, DateOnly today)
    {
        Require(CanTriage, "A decision can be recorded only before the outcome.");
        var entry = Add(ChronologyEntryKind.Decision, byAdultId, atUtc, Required(rationale, nameof(rationale)));
        entry.Decision = decision;
        CurrentDecision = decision;
        if (decision == ThresholdDecision.HarmThreshold && HarmThresholdDecidedOn is null)
        {
            HarmThresholdDecidedOn = today;
        }

        if (Status == ConcernStatus.New)
        {
            ChangeStatus(ConcernStatus.Triaged, byAdultId, atUtc);
        }

        return entry;
    }

    public ChronologyEntry StartInvestigation(int byAdultId, DateTime atUtc)
    {
        Require(CanStartInvestigation, "Only a triaged concern can be investigated.");
        return ChangeStatus(ConcernStatus.Investigating, byAdultId, atUtc);
    }

    public ChronologyEntry AddNote(string text, int byAdultId, DateTime atUtc)
    {
        Require(CanAddToCase, "A closed case takes addenda only.");
        return Add(ChronologyEntryKind.Note, byAdultId, atUtc, Required(text, nameof(text)));
    }

    public ChronologyEntry AddReferral(ReferralType type, DateOnly referredOn, string? reference, string advice, int byAdultId, DateTime atUtc)
    {
        Require(CanAddToCase, "A closed case takes addenda only.");
        var entry = Add(ChronologyEntryKind.Referral, byAdultId, atUtc, advice?.Trim() ?? string.Empty);
        entry.ReferralType = type;
        entry.ReferredOn = referredOn;
        entry.ReferralReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        if (type == ReferralType.Lado && (LadoContactedOn is null || referredOn < LadoContactedOn))
        {
            LadoContactedOn = referredOn;
        }

        return entry;
    }

    public ChronologyEntry RecordOutcome(ConcernOutcome outcome, string reasons, int byAdultId, DateTime atUtc)
    {
        Require(CanRecordOutcome, "An outcome is recorded once the concern has been triaged, and only once.");
        if (!ConcernOutcomes.For(IsAllegation).Contains(outcome))
        {
            throw new InvalidOperationException(IsAllegation
                ? "An allegation's outcome is substantiated, unsubstantiated, unfounded, false or malicious."
                : "This outcome is for allegations only.");
        }

        var entry = Add(ChronologyEntryKind.Outcome, byAdultId, atUtc, Required(reasons, nameof(reasons)));
        entry.Outcome = outcome;
        Outcome = outcome;
        ChangeStatus(ConcernStatus.OutcomeRecorded, byAdultId, atUtc);
        return entry;
    }

    public ChronologyEntry Close(string summary, string? lessonsLearned, int byAdultId, DateTime atUtc)
    {
        Require(CanClose, "A case is closed once its outcome is recorded.");
        var entry = Add(ChronologyEntryKind.Closure, byAdultId, atUtc, Required(summary, nameof(summary)));
        entry.LessonsLearned = string.IsNullOrWhiteSpace(lessonsLearned) ? null : lessonsLearned.Trim();
        ClosedAtUtc = atUtc;
        ChangeStatus(ConcernStatus.Closed, byAdultId, atUtc);
        return entry;
    }

    /// <summary>Corrects or adds to an earlier entry, which stays as it was.</summary>
    public ChronologyEntry AddAddendum(long entryId, string text, int byAdultId, DateTime atUtc)
    {
        if (entries.All(e => e.Id != entryId))
        {
            throw new InvalidOperationException("An addendum amends an entry of the same case.");
        }

        var entry = Add(ChronologyEntryKind.Addendum, byAdultId, atUtc, Required(text, nameof(text)));
        entry.AmendsEntryId = entryId;
        return entry;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string Required(string text, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, name);
        return text.Trim();
    }

    private ChronologyEntry ChangeStatus(ConcernStatus status, int byAdultId, DateTime atUtc)
    {
        var entry = Add(ChronologyEntryKind.StatusChange, byAdultId, atUtc, $"{ConcernNames.Describe(Status)} to {ConcernNames.Describe(status)}");
        entry.Status = status;
        Status = status;
        return entry;
    }

    private ChronologyEntry Add(ChronologyEntryKind kind, int byAdultId, DateTime atUtc, string text)
    {
        var entry = new ChronologyEntry(kind, byAdultId, atUtc, text);
        entries.Add(entry);
        Version = Guid.NewGuid();
        return entry;
    }
}
