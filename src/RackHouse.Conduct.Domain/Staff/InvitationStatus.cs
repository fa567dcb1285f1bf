namespace RackHouse.Conduct.Domain.Staff;

public enum InvitationStatus
{
    /// <summary>Sent, and the link still works.</summary>
    Pending,

    /// <summary>Sent, but the link is more than 7 days old.</summary>
    Expired,

    /// <summary>The adult used the link and set a password.</summary>
    Accepted,
}
