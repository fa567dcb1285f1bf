namespace RackHouse.Conduct.Web.Features.Invitations;

public sealed class AcceptInvitationForm
{
    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}
