using RackHouse.Conduct.Web.Infrastructure.Demo;

namespace RackHouse.Conduct.Web.Infrastructure.Commands;

public static class CommandServiceCollectionExtensions
{
    public static IServiceCollection AddConductCommands(this IServiceCollection services) => services.AddScoped<DemoData>();
}
