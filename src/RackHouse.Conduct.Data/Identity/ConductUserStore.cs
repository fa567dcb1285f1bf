using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace RackHouse.Conduct.Data.Identity;

/// <summary>Identity's store, except that recovery codes are stored hashed rather than as plain text.</summary>
public sealed class ConductUserStore(ConductDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<ConductUser, IdentityRole<int>, ConductDbContext, int>(context, describer)
{
    private const string TokenProvider = "[AspNetUserStore]";
    private const string RecoveryCodesToken = "RecoveryCodes";

    public override Task ReplaceCodesAsync(ConductUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        var hashes = string.Join(';', recoveryCodes.Select(HashedRecoveryCode.Hash));
        return SetTokenAsync(user, TokenProvider, RecoveryCodesToken, hashes, cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(ConductUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        var stored = await GetTokenAsync(user, TokenProvider, RecoveryCodesToken, cancellationToken).ConfigureAwait(false) ?? string.Empty;
        var hashes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!hashes.Remove(HashedRecoveryCode.Hash(code)))
        {
            return false;
        }

        await SetTokenAsync(user, TokenProvider, RecoveryCodesToken, string.Join(';', hashes), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
