namespace RackHouse.Conduct.Web.Features.Admin.People;

public static class AccountStatusNames
{
    public static string Describe(AccountStatus status) => status switch
    {
        AccountStatus.NotInvited => "Not invited",
        AccountStatus.Invited => "Invited",
        AccountStatus.InvitationExpired => "Invitation expired",
        AccountStatus.Joined => "Joined",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Colour(AccountStatus status) => status switch
    {
        AccountStatus.Joined => "green",
        AccountStatus.Invited => "blue",
        AccountStatus.InvitationExpired => "orange",
        _ => "grey",
    };

    /// <summary>Joined when the account has a password; otherwise from the invitation, if any.</summary>
    public static AccountStatus Of(bool hasPassword, DateTime? invitationExpiresAtUtc, DateTime nowUtc) =>
        hasPassword ? AccountStatus.Joined
        : invitationExpiresAtUtc is null ? AccountStatus.NotInvited
        : invitationExpiresAtUtc > nowUtc ? AccountStatus.Invited
        : AccountStatus.InvitationExpired;
}
