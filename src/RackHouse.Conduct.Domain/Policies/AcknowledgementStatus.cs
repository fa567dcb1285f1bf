namespace RackHouse.Conduct.Domain.Policies;

public enum AcknowledgementStatus
{
    Acknowledged,

    /// <summary>Not yet acknowledged; the yearly (or re-acknowledgement) deadline has not passed.</summary>
    Outstanding,

    /// <summary>Not yet acknowledged; a new starter's own deadline, 10 working days from starting, has not passed.</summary>
    NewStarterDue,

    Overdue,

    /// <summary>A leaver: their records are kept, but they owe nothing and count in no figure.</summary>
    Left,
}
