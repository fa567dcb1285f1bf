namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>A report being written, kept on the server step by step so nothing typed is lost: on a phone, a lost
/// signal or a closed tab must not cost the reporter their account of what happened. Sending it makes the concern;
/// a second send of the same draft gives back the same concern.</summary>
public sealed class ConcernDraft
{
    private ConcernDraft()
    {
    }

    public ConcernDraft(Guid id, int reporterAdultId, DateTime createdAtUtc)
    {
        Id = id;
        ReporterAdultId = reporterAdultId;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public int ReporterAdultId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public ConcernCategory? Category { get; private set; }

    public string? Description { get; private set; }

    public bool ChildAtRisk { get; private set; }

    public string? Platform { get; private set; }

    public string? Address { get; private set; }

    public string? DeviceLocation { get; private set; }

    public DateOnly? HappenedOn { get; private set; }

    public DateOnly? FoundOn { get; private set; }

    public SubjectKind? SubjectKind { get; private set; }

    public int? SubjectAdultId { get; private set; }

    public string? SubjectDescription { get; private set; }

    public bool IsSelfReferral { get; private set; }

    public string? PupilsInvolved { get; private set; }

    /// <summary>The reference of the concern this draft became when sent.</summary>
    public string? SentReference { get; private set; }

    public bool IsSent => SentReference is not null;

    /// <summary>Application-managed concurrency token: a report sent twice at once becomes one concern.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool HasWhatHappened => Description is not null;

    public bool HasWho => SubjectKind is not null;

    public bool IsComplete => Category is not null && HasWhatHappened && HasWho;

    public void ChooseCategory(ConcernCategory category, DateTime atUtc)
    {
        Category = category;
        Touch(atUtc);
    }

    public void DescribeWhatHappened(string description, bool childAtRisk, string? platform, string? address, string? deviceLocation, DateOnly? happenedOn, DateOnly? foundOn, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Description = description.Trim();
        ChildAtRisk = childAtRisk;
        Platform = Clean(platform);
        Address = Clean(address);
        DeviceLocation = Clean(deviceLocation);
        HappenedOn = happenedOn;
        FoundOn = foundOn;
        Touch(atUtc);
    }

    /// <summary>Who is involved. A self-referral is about the reporter, whatever else was chosen.</summary>
    public void DescribeWho(bool isSelfReferral, SubjectKind kind, int? subjectAdultId, string? subjectDescription, string? pupilsInvolved, DateTime atUtc)
    {
        IsSelfReferral = isSelfReferral;
        SubjectKind = isSelfReferral ? Concerns.SubjectKind.AdultOfSchool : kind;
        SubjectAdultId = isSelfReferral ? ReporterAdultId : kind == Concerns.SubjectKind.AdultOfSchool ? subjectAdultId : null;
        if (SubjectKind == Concerns.SubjectKind.AdultOfSchool && SubjectAdultId is null)
        {
            throw new ArgumentException("Choose the adult the concern is about.", nameof(subjectAdultId));
        }

        SubjectDescription = Clean(subjectDescription);
        PupilsInvolved = Clean(pupilsInvolved);
        Touch(atUtc);
    }

    public ConcernReport ToReport()
    {
        if (!IsComplete)
        {
            throw new InvalidOperationException("The report is not finished.");
        }

        return new ConcernReport(ReporterAdultId, Category!.Value, Description!, ChildAtRisk, Platform, Address, DeviceLocation, HappenedOn, FoundOn,
            SubjectKind!.Value, SubjectAdultId, SubjectDescription, IsSelfReferral, PupilsInvolved);
    }

    public void MarkSent(string reference, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        SentReference = reference;
        Touch(atUtc);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Touch(DateTime atUtc)
    {
        UpdatedAtUtc = atUtc;
        Version = Guid.NewGuid();
    }
}
