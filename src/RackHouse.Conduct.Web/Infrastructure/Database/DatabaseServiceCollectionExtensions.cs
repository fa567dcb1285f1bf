using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.Web.Infrastructure.Database;

public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddConductDatabase(this IServiceCollection services, IConfiguration configuration, AppFolders folders)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (options.Provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException($"Database:ConnectionString is required for the {options.Provider} provider.");
            }

            Directory.CreateDirectory(folders.DataFolder);
            connectionString = $"Data Source={folders.SqliteDatabase}";
        }

        services.AddSingleton(options);
        services.AddDbContext<ConductDbContext>(builder => builder.UseConductDatabase(options.Provider, connectionString));
        services.AddScoped<DatabaseStartup>();
        return services;
    }
}
