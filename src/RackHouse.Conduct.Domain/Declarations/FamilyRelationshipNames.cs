namespace RackHouse.Conduct.Domain.Declarations;

public static class FamilyRelationshipNames
{
    public static string Describe(this FamilyRelationship relationship) => relationship switch
    {
        FamilyRelationship.Parent => "Parent",
        FamilyRelationship.StepParent => "Step-parent",
        FamilyRelationship.Grandparent => "Grandparent",
        FamilyRelationship.Sibling => "Sibling",
        FamilyRelationship.AuntOrUncle => "Aunt or uncle",
        FamilyRelationship.Cousin => "Cousin",
        FamilyRelationship.Carer => "Carer",
        FamilyRelationship.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, null),
    };

    public static string Describe(this EndReason reason) => reason switch
    {
        EndReason.PupilLeft => "The pupil left the school",
        EndReason.RelationshipEnded => "The relationship ended",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
