using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Domain.Declarations;

/// <summary>An adult's declaration of a family link with a pupil [Responsibilities: family exception]. Until the
/// Headteacher acknowledges it with agreed protocols, social media contact with the pupil is a breach.</summary>
public sealed class FamilyLinkDeclaration : DecisionRecord<DeclarationStatus, DeclarationAction>
{
    private static readonly DeclarationStatus[] OpenStatuses = [DeclarationStatus.Submitted, DeclarationStatus.Discussed, DeclarationStatus.Acknowledged];

    public static DecisionFlow<DeclarationStatus, DeclarationAction> Rules { get; } = new(
        DeclarationAction.Declare,
        DeclarationStatus.Submitted,
        OpenStatuses,
        new(DeclarationAction.RecordDiscussion, Party.Headteacher, [DeclarationStatus.Submitted, DeclarationStatus.Discussed], DeclarationStatus.Discussed),
        new(DeclarationAction.Acknowledge, Party.Headteacher, [DeclarationStatus.Discussed], DeclarationStatus.Acknowledged),
        new(DeclarationAction.Decline, Party.Headteacher, [DeclarationStatus.Submitted, DeclarationStatus.Discussed], DeclarationStatus.Declined),
        new(DeclarationAction.MatchPupil, Party.Headteacher, OpenStatuses, null),
        new(DeclarationAction.End, Party.Headteacher, OpenStatuses, DeclarationStatus.Ended),
        new(DeclarationAction.Withdraw, Party.Requester, OpenStatuses, DeclarationStatus.Withdrawn),
        new(DeclarationAction.ConfirmStillCurrent, Party.Requester, OpenStatuses, null));

    private FamilyLinkDeclaration()
    {
    }

    /// <param name="pupilId">The pupil picked from the roster, or null when the adult typed a name not found there.</param>
    /// <param name="pupilName">The name as typed, kept when no pupil was picked.</param>
    public FamilyLinkDeclaration(int adultId, int? pupilId, string? pupilName, FamilyRelationship relationship, bool inSocialMediaContact, string? platforms, string? details, DateTime atUtc)
        : base(Rules, adultId, atUtc, null)
    {
        if (pupilId is null && string.IsNullOrWhiteSpace(pupilName))
        {
            throw new ArgumentException("A declaration names a pupil from the roster or by name.", nameof(pupilName));
        }

        PupilId = pupilId;
        PupilName = pupilId is null ? pupilName!.Trim() : null;
        Relationship = relationship;
        InSocialMediaContact = inSocialMediaContact;
        Platforms = inSocialMediaContact && !string.IsNullOrWhiteSpace(platforms) ? platforms.Trim() : null;
        Details = string.IsNullOrWhiteSpace(details) ? null : details.Trim();
    }

    public int? PupilId { get; private set; }

    /// <summary>The name typed by the adult when the pupil was not found on the roster. Kept after matching.</summary>
    public string? PupilName { get; private set; }

    public FamilyRelationship Relationship { get; private set; }

    public bool InSocialMediaContact { get; private set; }

    /// <summary>Where they are in contact, e.g. "Facebook, WhatsApp".</summary>
    public string? Platforms { get; private set; }

    public string? Details { get; private set; }

    /// <summary>Until acknowledged, contact on social media with the pupil is a breach of the policy.</summary>
    public bool IsAcknowledged => Status == DeclarationStatus.Acknowledged;

    /// <summary>The protocols agreed when it was acknowledged.</summary>
    public string? Protocols => Last(DeclarationAction.Acknowledge)?.Text;

    protected override DecisionFlow<DeclarationStatus, DeclarationAction> Flow => Rules;

    public void RecordDiscussion(int headteacherId, DateTime atUtc, DateOnly meetingDate, string notes) =>
        Take(DeclarationAction.RecordDiscussion, Party.Headteacher, headteacherId, atUtc, Required(notes, "Notes of the discussion"), meetingDate);

    public void Acknowledge(int headteacherId, DateTime atUtc, string protocols) =>
        Take(DeclarationAction.Acknowledge, Party.Headteacher, headteacherId, atUtc, Required(protocols, "The agreed protocols"));

    public void Decline(int headteacherId, DateTime atUtc, string reason) =>
        Take(DeclarationAction.Decline, Party.Headteacher, headteacherId, atUtc, Required(reason, "A reason"));

    /// <summary>Links a declaration made with a typed name to the pupil on the roster. The typed name stays.</summary>
    public void MatchPupil(int headteacherId, DateTime atUtc, int pupilId, string pupilNameOnRoster)
    {
        if (PupilId is not null)
        {
            throw new InvalidOperationException("This declaration is already linked to a pupil on the roster.");
        }

        Take(DeclarationAction.MatchPupil, Party.Headteacher, headteacherId, atUtc, $"Linked to {Required(pupilNameOnRoster, "The pupil's name")} on the roster");
        PupilId = pupilId;
    }

    public void End(int headteacherId, DateTime atUtc, EndReason reason, string? note) =>
        Take(DeclarationAction.End, Party.Headteacher, headteacherId, atUtc, string.IsNullOrWhiteSpace(note) ? reason.Describe() : $"{reason.Describe()}: {note.Trim()}");

    public void Withdraw(int adultId, DateTime atUtc, string? reason) =>
        Take(DeclarationAction.Withdraw, Party.Requester, adultId, atUtc, reason);

    /// <summary>The adult confirms, with their yearly acknowledgement, that the link still stands as declared.</summary>
    public void ConfirmStillCurrent(int adultId, DateTime atUtc, DateOnly onDate, AcademicYear year) =>
        Take(DeclarationAction.ConfirmStillCurrent, Party.Requester, adultId, atUtc, $"Still current: confirmed with the acknowledgement for {year}", onDate);
}
