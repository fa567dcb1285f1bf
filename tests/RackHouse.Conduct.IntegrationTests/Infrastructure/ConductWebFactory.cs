using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.IntegrationTests.Infrastructure;

/// <summary>The real portal in memory, on a real database of its own (SQLite or PostgreSQL), with its files in a
/// temporary folder. Extra settings let a test class change configuration, such as the rate limit or SMTP host.</summary>
public class ConductWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsStorage;

    /// <summary>Each portal watches its settings and static files; with hundreds of portals in one run that passes
    /// Linux's default of 128 inotify watchers per user, so the files are polled instead.</summary>
    static ConductWebFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public ConductWebFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    protected ConductWebFactory(IDictionary<string, string?> extraSettings)
        : this(Directory.CreateTempSubdirectory("conduct-test-").FullName, null, extraSettings)
    {
    }

    private ConductWebFactory(string dataFolder, TestDatabase? database, IDictionary<string, string?> extraSettings)
    {
        DataFolder = dataFolder;
        ownsStorage = database is null;
        Database = database ?? TestDatabase.Create(DataFolder);
        settings = new Dictionary<string, string?>
        {
            ["App:DataFolder"] = DataFolder,
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Email:BackgroundSending"] = "false",
            ["Reminders:Enabled"] = "false",
            ["Security:SignInRateLimit:PermitLimit"] = "10000",
        };
        foreach (var (key, value) in extraSettings)
        {
            // A null value takes the factory's own setting away, leaving the app's defaults.
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }
    }

    public string DataFolder { get; }

    public TestDatabase Database { get; }

    /// <summary>A clock the test moves, in place of the system's, for a subclass that needs one.</summary>
    protected virtual Microsoft.Extensions.Time.Testing.FakeTimeProvider? TestClock => null;

    /// <summary>Another portal on a data folder and database that already exist, as when several instances serve the
    /// school behind a load balancer, or a test ran a command against the database first. Whoever made the folder and
    /// database keeps them: disposing this factory leaves both in place.</summary>
    public static ConductWebFactory Sharing(string dataFolder, TestDatabase database) =>
        new(dataFolder, database, new Dictionary<string, string?>());

    public TestBrowser CreateBrowser() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    }));

    /// <summary>Creates an adult with an account. With a TOTP secret the account has two-factor authentication on.</summary>
    public async Task<ConductUser> CreateAdultAsync(string email, AdultCategory category = AdultCategory.TeachingStaff, string[]? roles = null, string? totpSecret = null, string fullName = "Test Adult")
    {
        await using var scope = Services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();
        var user = await provisioning.CreateAsync(new Adult(fullName, email, category, new DateOnly(2020, 9, 1)), roles ?? [], Password);
        if (totpSecret is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConductUser>>();
            var store = (IUserAuthenticatorKeyStore<ConductUser>)scope.ServiceProvider.GetRequiredService<IUserStore<ConductUser>>();
            await store.SetAuthenticatorKeyAsync(user, totpSecret, CancellationToken.None);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return user;
    }

    /// <summary>Runs a query against the portal's database in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<ConductDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        return await query(db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowingEndpoint>());
        if (TestClock is { } clock)
        {
            builder.ConfigureTestServices(services => services.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsStorage)
        {
            Database.Drop();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A log file still held open by a background thread; the temp folder is cleaned by the OS.
            }
        }
    }
}
