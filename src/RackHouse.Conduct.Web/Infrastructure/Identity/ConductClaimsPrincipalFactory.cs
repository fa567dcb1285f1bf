using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RackHouse.Conduct.Data.Identity;

namespace RackHouse.Conduct.Web.Infrastructure.Identity;

/// <summary>Puts the adult's id in the sign-in cookie, so pages about "my records" need no query to find whose
/// records they are.</summary>
public sealed class ConductClaimsPrincipalFactory(
    UserManager<ConductUser> users,
    RoleManager<IdentityRole<int>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ConductUser, IdentityRole<int>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ConductUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AdultClaims.AdultId, user.AdultId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
