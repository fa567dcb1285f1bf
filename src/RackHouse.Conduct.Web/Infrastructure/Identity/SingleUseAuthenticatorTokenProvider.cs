using Microsoft.AspNetCore.Identity;
using RackHouse.Conduct.Data.Identity;

namespace RackHouse.Conduct.Web.Infrastructure.Identity;

/// <summary>Replaces Identity's authenticator provider: a code is accepted once only, and only within one step
/// of now (Identity's own accepts any code from a wider window, as often as it is presented).</summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<ConductUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ConductUser> manager, ConductUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app on the phone makes the codes; the portal never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ConductUser> manager, ConductUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ConductUser> manager, ConductUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (key is null)
        {
            return false;
        }

        var step = AuthenticatorCode.AcceptedTimeStep(key, token, time.GetUtcNow(), user.LastAuthenticatorTimeStep);
        if (step is null)
        {
            return false;
        }

        // Saved with the user's concurrency stamp: of two requests racing with the same code, one fails.
        user.LastAuthenticatorTimeStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
