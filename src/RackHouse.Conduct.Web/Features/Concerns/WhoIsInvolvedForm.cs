using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed class WhoIsInvolvedForm
{
    /// <summary>"This is about my own conduct".</summary>
    public bool IsSelfReferral { get; set; }

    public SubjectKind? SubjectKind { get; set; }

    public int? SubjectAdultId { get; set; }

    public string? SubjectDescription { get; set; }

    public string? PupilsInvolved { get; set; }

    public static WhoIsInvolvedForm From(ConcernDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new WhoIsInvolvedForm
        {
            IsSelfReferral = draft.IsSelfReferral,
            SubjectKind = draft.IsSelfReferral ? null : draft.SubjectKind,
            SubjectAdultId = draft.IsSelfReferral ? null : draft.SubjectAdultId,
            SubjectDescription = draft.SubjectDescription,
            PupilsInvolved = draft.PupilsInvolved,
        };
    }
}
