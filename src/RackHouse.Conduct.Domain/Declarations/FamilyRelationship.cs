namespace RackHouse.Conduct.Domain.Declarations;

/// <summary>The adult's relationship to the pupil (SPEC 3.2).</summary>
public enum FamilyRelationship
{
    Parent,
    StepParent,
    Grandparent,
    Sibling,
    AuntOrUncle,
    Cousin,
    Carer,
    Other,
}
