namespace RackHouse.Conduct.IntegrationTests.Infrastructure;

public static class Secrets
{
    /// <summary>A base32 authenticator secret for test accounts.</summary>
    public const string Totp = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
}
