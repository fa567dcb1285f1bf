using System.Globalization;
using System.Security.Claims;

namespace RackHouse.Conduct.Web.Infrastructure.Identity;

public static class AdultClaims
{
    public const string AdultId = "adult_id";

    /// <summary>The signed-in adult's id. Every account belongs to exactly one adult.</summary>
    public static int GetAdultId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return int.Parse(user.FindFirstValue(AdultId) ?? throw new InvalidOperationException("The sign-in carries no adult."), CultureInfo.InvariantCulture);
    }
}
