using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Roster;

public sealed class InvitationTests
{
    private static readonly DateTime Sent = new(2026, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Issue_KeepsOnlyTheHashOfTheToken()
    {
        var (invitation, token) = Invitation.Issue(7, Sent);

        Assert.Equal(7, invitation.AdultId);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(Invitation.Hash(token), invitation.TokenHash);
        Assert.Equal(1, invitation.TimesSent);
        Assert.True(token.Length >= 43, "A token carries 256 random bits.");
    }

    [Fact]
    public void StatusAt_JustBeforeSevenDays_IsPending()
    {
        var (invitation, _) = Invitation.Issue(7, Sent);

        Assert.Equal(InvitationStatus.Pending, invitation.StatusAt(Sent.AddDays(7).AddSeconds(-1)));
    }

    [Fact]
    public void StatusAt_SevenDaysLater_IsExpired()
    {
        var (invitation, _) = Invitation.Issue(7, Sent);

        Assert.Equal(InvitationStatus.Expired, invitation.StatusAt(Sent.AddDays(7)));
    }

    [Fact]
    public void Accept_Pending_IsAcceptedAndTheTokenIsGone()
    {
        var (invitation, _) = Invitation.Issue(7, Sent);

        invitation.Accept(Sent.AddDays(1));

        Assert.Equal(InvitationStatus.Accepted, invitation.StatusAt(Sent.AddDays(30)));
        Assert.Null(invitation.TokenHash);
    }

    [Fact]
    public void Accept_Twice_IsRefused()
    {
        var (invitation, _) = Invitation.Issue(7, Sent);
        invitation.Accept(Sent.AddDays(1));

        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Sent.AddDays(1)));
    }

    [Fact]
    public void Accept_Expired_IsRefused()
    {
        var (invitation, _) = Invitation.Issue(7, Sent);

        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Sent.AddDays(8)));
        Assert.Null(invitation.AcceptedAtUtc);
    }

    [Fact]
    public void Resend_ReplacesTheTokenAndStartsSevenNewDays()
    {
        var (invitation, first) = Invitation.Issue(7, Sent);

        var second = invitation.Resend(Sent.AddDays(10));

        Assert.NotEqual(first, second);
        Assert.Equal(Invitation.Hash(second), invitation.TokenHash);
        Assert.Equal(InvitationStatus.Pending, invitation.StatusAt(Sent.AddDays(16)));
        Assert.Equal(2, invitation.TimesSent);
    }

    [Fact]
    public void Resend_AfterJoining_IsRefused()
    {
        var (invitation, _) = Invitation.Issue(7, Sent);
        invitation.Accept(Sent.AddHours(1));

        Assert.Throws<InvalidOperationException>(() => invitation.Resend(Sent.AddDays(2)));
    }
}
