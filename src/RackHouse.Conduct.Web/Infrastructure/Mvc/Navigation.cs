using System.Security.Claims;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>The service navigation: each item shows only to the roles its policy admits.</summary>
public static class Navigation
{
    private static readonly NavigationItem[] Items =
    [
        new("Home", "/", AuthorizationPolicies.SignedIn),
        new("Policies", "/policies", AuthorizationPolicies.SignedIn),
        new("Family links", "/family-links", AuthorizationPolicies.SignedIn),
        new("Report a concern", "/concerns", AuthorizationPolicies.SignedIn),
        new("Admin", "/admin", AuthorizationPolicies.Admin),
        new("Case files", "/admin/concerns", AuthorizationPolicies.CaseHandling),
        new("Governors", "/governors", AuthorizationPolicies.Governors),
        new("Your account", "/account", AuthorizationPolicies.SignedIn),
    ];

    public static IEnumerable<NavigationItem> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true
            ? Items.Where(item => AuthorizationPolicies.RolesByPolicy[item.Policy].Any(user.IsInRole))
            : [];
    }

    public static bool IsCurrent(NavigationItem item, string path)
    {
        ArgumentNullException.ThrowIfNull(item);
        // The longest matching path wins, so /admin/concerns marks "Case files" and not "Admin".
        return item.Path == "/" ? path == "/" : Matches(item.Path, path) && !Items.Any(other => other.Path.Length > item.Path.Length && Matches(other.Path, path));
    }

    private static bool Matches(string itemPath, string path) => path.StartsWith(itemPath, StringComparison.OrdinalIgnoreCase);
}
