namespace RackHouse.Conduct.Web.Features.Account;

/// <summary>The six-digit code from an authenticator app, when signing in or enrolling.</summary>
public sealed class TwoFactorCodeForm
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}
