using RackHouse.Conduct.Web.Features.Admin.Policies;
using RackHouse.Conduct.Web.Features.Admin.Register;
using RackHouse.Conduct.Web.Features.Policies;

namespace RackHouse.Conduct.Web.Features;

/// <summary>The services of each feature folder.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddConductFeatures(this IServiceCollection services) =>
        services.AddScoped<PoliciesService>()
            .AddScoped<AdminPoliciesService>()
            .AddScoped<RegisterService>();
}
