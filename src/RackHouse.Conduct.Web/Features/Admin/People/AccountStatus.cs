namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>Where an adult is with their portal account.</summary>
public enum AccountStatus
{
    NotInvited,
    Invited,
    InvitationExpired,
    Joined,
}
