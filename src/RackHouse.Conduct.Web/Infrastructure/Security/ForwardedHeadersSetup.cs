using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace RackHouse.Conduct.Web.Infrastructure.Security;

/// <summary>Behind a reverse proxy or load balancer the client's address and scheme arrive in X-Forwarded-* headers;
/// they are trusted only from the proxies named in configuration.</summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddConductForwardedHeaders(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in configuration.GetSection("Security:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("Security:ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue("Security:ForwardedHeaders:Enabled", false);
}
