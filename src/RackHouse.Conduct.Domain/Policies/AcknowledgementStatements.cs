using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Domain.Policies;

/// <summary>What each adult confirms, statement by statement [Roles and responsibilities; Key Principles;
/// The Prevent Duty; Responsibilities when using social media].</summary>
public static class AcknowledgementStatements
{
    public static readonly AcknowledgementStatement ReadAndUnderstood =
        new("read", "I have read the whole of this policy and I understand it.");

    public static readonly AcknowledgementStatement PersonalAndSchoolUse =
        new("scope", "I understand that the policy covers my personal use of social media as well as its use for school purposes, in my working time and in my own time.");

    public static readonly AcknowledgementStatement Monitoring =
        new("monitoring", "I understand that by using the school's IT resources and facilities I consent to the school monitoring my use of them.");

    public static readonly AcknowledgementStatement Prevent =
        new("prevent", "I am aware of the Prevent duty and of the risks posed by the online activity of extremist and terrorist groups.");

    public static readonly AcknowledgementStatement TeachersStandards =
        new("teachers-standards", "As a teacher, I will act in accordance with the Teachers' Standards, in and outside school.");

    public static readonly AcknowledgementStatement FamilyLinks =
        new("family-links", "I have declared to the Headteacher any family relationship I have with a pupil at the school.");

    public static readonly AcknowledgementStatement WillFollow =
        new("follow", "I will follow this policy in my work and in my personal time.");

    public static IReadOnlyList<AcknowledgementStatement> For(PolicyKind kind, AdultCategory category) => kind switch
    {
        PolicyKind.SocialMedia => IsTeacher(category)
            ? [ReadAndUnderstood, PersonalAndSchoolUse, Monitoring, Prevent, TeachersStandards, FamilyLinks]
            : [ReadAndUnderstood, PersonalAndSchoolUse, Monitoring, Prevent, FamilyLinks],
        _ => [ReadAndUnderstood, WillFollow],
    };

    /// <summary>The Teachers' Standards bind qualified and trainee teachers.</summary>
    public static bool IsTeacher(AdultCategory category) => category is AdultCategory.TeachingStaff or AdultCategory.TraineeTeacher;
}
