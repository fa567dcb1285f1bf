using System.Security.Cryptography;
using System.Text;

namespace RackHouse.Conduct.Domain.Staff;

/// <summary>An adult's invitation to the portal: a one-time link, valid for <see cref="ValidFor"/>, that lets them set a
/// password. Only the SHA-256 of the link's token is kept, so the database cannot be used to join as someone else.
/// Sending it again replaces the token, so the old link stops working.</summary>
public sealed class Invitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    private Invitation(int adultId) => AdultId = adultId;

    public int Id { get; private set; }

    public int AdultId { get; private set; }

    /// <summary>The SHA-256 of the link's token, in lower-case hex; none once the link has been used.</summary>
    public string? TokenHash { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public int TimesSent { get; private set; }

    public DateTime? AcceptedAtUtc { get; private set; }

    /// <summary>Creates an invitation and returns it with the token for the link, which is not kept.</summary>
    public static (Invitation Invitation, string Token) Issue(int adultId, DateTime nowUtc)
    {
        var invitation = new Invitation(adultId);
        return (invitation, invitation.Send(nowUtc));
    }

    /// <summary>A new link, valid for another 7 days; the previous one stops working.</summary>
    public string Resend(DateTime nowUtc)
    {
        if (AcceptedAtUtc is not null)
        {
            throw new InvalidOperationException("This adult has already joined.");
        }

        return Send(nowUtc);
    }

    public InvitationStatus StatusAt(DateTime nowUtc) =>
        AcceptedAtUtc is not null ? InvitationStatus.Accepted
        : nowUtc >= ExpiresAtUtc ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    /// <summary>Uses the link: it never works again.</summary>
    public void Accept(DateTime nowUtc)
    {
        if (StatusAt(nowUtc) != InvitationStatus.Pending)
        {
            throw new InvalidOperationException("This invitation has expired or has already been used.");
        }

        AcceptedAtUtc = nowUtc;
        TokenHash = null;
    }

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    private string Send(DateTime nowUtc)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        TokenHash = Hash(token);
        SentAtUtc = nowUtc;
        ExpiresAtUtc = nowUtc + ValidFor;
        TimesSent++;
        return token;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
