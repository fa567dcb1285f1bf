namespace RackHouse.Conduct.Domain.Declarations;

public enum EndReason
{
    PupilLeft,
    RelationshipEnded,
}
