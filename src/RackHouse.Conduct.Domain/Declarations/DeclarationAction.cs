namespace RackHouse.Conduct.Domain.Declarations;

public enum DeclarationAction
{
    Declare,
    RecordDiscussion,
    Acknowledge,
    Decline,
    MatchPupil,
    End,
    Withdraw,
    ConfirmStillCurrent,
}
