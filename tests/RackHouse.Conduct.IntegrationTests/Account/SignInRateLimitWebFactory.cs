using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>The portal with a small sign-in allowance, so a test can use it up.</summary>
public sealed class SignInRateLimitWebFactory() : ConductWebFactory(new Dictionary<string, string?>
{
    ["Security:SignInRateLimit:PermitLimit"] = "3",
    ["Security:SignInRateLimit:WindowSeconds"] = "600",
})
{
    public const int PermitLimit = 3;
}
