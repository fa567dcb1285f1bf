namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>Who the concern is about.</summary>
public enum SubjectKind
{
    AdultOfSchool,
    Pupil,
    Parent,
    FormerPupil,
    Public,
    Unknown,
}
