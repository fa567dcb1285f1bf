namespace RackHouse.Conduct.Domain.Declarations;

public enum DeclarationStatus
{
    Submitted,
    Discussed,
    Acknowledged,
    Declined,
    Ended,
    Withdrawn,
}
