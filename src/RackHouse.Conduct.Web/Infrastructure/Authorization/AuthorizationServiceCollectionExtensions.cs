using Microsoft.AspNetCore.Authorization;

namespace RackHouse.Conduct.Web.Infrastructure.Authorization;

public static class AuthorizationServiceCollectionExtensions
{
    public static IServiceCollection AddConductAuthorization(this IServiceCollection services) =>
        services.AddAuthorization(options =>
        {
            // Deny by default: an endpoint that forgets its policy still needs a signed-in user.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var (policy, roles) in AuthorizationPolicies.RolesByPolicy)
            {
                options.AddPolicy(policy, builder => builder.RequireAuthenticatedUser().RequireRole(roles));
            }
        });
}
