using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Audit;
using RackHouse.Conduct.Web.Infrastructure.Database;
using RackHouse.Conduct.Web.Infrastructure.Demo;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Infrastructure.Commands;

/// <summary>Operator commands: <c>dotnet run --project src/RackHouse.Conduct.Web -- &lt;command&gt;</c>.
/// Configuration (provider, connection string) comes from appsettings and environment variables as for the portal.</summary>
public sealed class ConductCommand
{
    public const string Usage = """
        Commands:
          migrate                      apply database migrations for the configured provider
          users add --email E --name N --category C [--role R ...] [--password-stdin]
                                       create an adult with a sign-in account (e.g. the first Headteacher)
          seed-demo                    add the Rack House Primary demo data and accounts
          audit verify                 check the audit trail's hash chain; names the first broken entry
        """;

    private ConductCommand(string name, CommandArguments arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    public string Name { get; }

    public CommandArguments Arguments { get; }

    /// <summary>Null when the arguments start the web portal rather than a command.</summary>
    public static ConductCommand? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        return args[0] is "users" or "audit" && args.Length > 1
            ? new ConductCommand($"{args[0]} {args[1]}", CommandArguments.Parse(args[2..]))
            : new ConductCommand(args[0], CommandArguments.Parse(args[1..]));
    }

    public async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            switch (Name)
            {
                case "migrate":
                    await provider.GetRequiredService<DatabaseStartup>().MigrateAsync();
                    await Console.Out.WriteLineAsync("The database is up to date.");
                    return 0;
                case "users add":
                    await provider.GetRequiredService<DatabaseStartup>().MigrateAsync();
                    return await AddUserAsync(provider);
                case "seed-demo":
                    await provider.GetRequiredService<DatabaseStartup>().MigrateAsync();
                    var added = await provider.GetRequiredService<DemoData>().SeedIfEmptyAsync();
                    await Console.Out.WriteLineAsync(added ? "Demo data added." : "The database already holds adults: no demo data added.");
                    return 0;
                case "audit verify":
                    return await VerifyAuditAsync(provider);
                default:
                    await Console.Error.WriteLineAsync($"Unknown command '{Name}'.{Environment.NewLine}{Usage}");
                    return 2;
            }
        }
        catch (CommandException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }
        catch (AccountProvisioningException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider provider)
    {
        var result = await provider.GetRequiredService<AuditVerification>().VerifyAsync();
        if (result.IsIntact)
        {
            await Console.Out.WriteLineAsync($"The audit trail is intact: {result.CheckedEntries} entries checked.");
            return 0;
        }

        await Console.Error.WriteLineAsync($"The audit trail is broken at entry {result.BrokenSequence} (id {result.BrokenId}): {result.Problem}. {result.CheckedEntries} entries before it are intact.");
        return 1;
    }

    private async Task<int> AddUserAsync(IServiceProvider provider)
    {
        var email = Arguments.Required("email");
        var name = Arguments.Required("name");
        var categoryText = Arguments.Required("category");
        if (!AdultCategoryNames.TryParse(categoryText, out var category))
        {
            throw new CommandException($"Unknown category '{categoryText}'. Use one of: {string.Join(", ", Enum.GetNames<AdultCategory>())}.");
        }

        var roles = new List<string>();
        foreach (var text in Arguments.All("role"))
        {
            roles.Add(Roles.TryNormalise(text, out var role)
                ? role
                : throw new CommandException($"Unknown role '{text}'. Use one of: {string.Join(", ", Roles.All)}."));
        }

        string? password = null;
        if (Arguments.Has("password-stdin"))
        {
            password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                throw new CommandException("--password-stdin was given but no password was read from standard input.");
            }
        }

        var today = UkTime.Today(provider.GetRequiredService<TimeProvider>());
        var adult = new Adult(name, email, category, today);
        await provider.GetRequiredService<AccountProvisioning>().CreateAsync(adult, roles, password);
        await Console.Out.WriteLineAsync(password is null
            ? $"Created {email}. They set a password with 'Forgot your password?' on the sign-in page."
            : $"Created {email}.");
        return 0;
    }
}
