namespace RackHouse.Conduct.Domain.Policies;

public enum ReminderKind
{
    /// <summary>Seven days before the adult's deadline.</summary>
    DueSoon,

    /// <summary>The day after the deadline passed, then weekly while it stays overdue.</summary>
    Overdue,
}
