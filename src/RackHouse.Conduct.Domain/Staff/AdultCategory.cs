namespace RackHouse.Conduct.Domain.Staff;

/// <summary>Every kind of adult the policy binds [Scope and definitions].</summary>
public enum AdultCategory
{
    TeachingStaff,
    NonTeachingStaff,
    SelfEmployed,
    TraineeTeacher,
    OtherTrainee,
    Apprentice,
    AgencyStaff,
    ExternalConsultant,
    Volunteer,
    Governor,
}
