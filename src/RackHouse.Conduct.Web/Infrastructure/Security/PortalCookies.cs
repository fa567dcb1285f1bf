namespace RackHouse.Conduct.Web.Infrastructure.Security;

/// <summary>How the portal names and secures its cookies. Wherever it is served over HTTPS (everywhere but a
/// developer's machine) cookies are Secure and carry the <c>__Host-</c> prefix, which makes the browser insist on
/// Secure, path / and no domain. <c>dotnet run</c> in Development serves plain http://localhost, where a Secure-only
/// antiforgery cookie would make every form fail.</summary>
public sealed record PortalCookies(bool HttpsOnly)
{
    public const string HttpsPrefix = "__Host-RackHouse.";

    public const string DevelopmentPrefix = "RackHouse.";

    public CookieSecurePolicy SecurePolicy => HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static PortalCookies For(IHostEnvironment environment) => new(!environment.IsDevelopment());

    public string Name(string purpose) => (HttpsOnly ? HttpsPrefix : DevelopmentPrefix) + purpose;
}
