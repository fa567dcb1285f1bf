using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Operations;

/// <summary>The operator's commands, run against the built app in a process of its own on a database of the test's
/// own: how the first Headteacher is created, how a server database is migrated, how demo data is added.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string HeadPassword = "a long passphrase for Helen";

    private readonly string dataFolder;
    private readonly TestDatabase database;
    private readonly OperatorCommandLine commandLine;

    public CommandLineTests()
    {
        dataFolder = Directory.CreateTempSubdirectory("conduct-cli-").FullName;
        database = TestDatabase.Create(dataFolder);
        commandLine = new OperatorCommandLine(dataFolder, database);
    }

    [Fact]
    public async Task UsersAdd_PasswordOnStandardInput_CreatesAHeadteacherWhoCanSignIn()
    {
        var result = await AddHeadteacherAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Created head@cli.example", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(HeadPassword, result.Output + result.Error, StringComparison.Ordinal);
        using var portal = ConductWebFactory.Sharing(dataFolder, database);
        var adult = await portal.QueryAsync(db => db.Adults.SingleAsync(a => a.Email == "head@cli.example"));
        Assert.Equal("Helen Marsh", adult.FullName);
        Assert.Equal(AdultCategory.TeachingStaff, adult.Category);
        using var browser = portal.CreateBrowser();
        using var signIn = await browser.SignInWithPasswordAsync("head@cli.example", HeadPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/two-factor/enrol", home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UsersAdd_UnknownCategory_Exits2ListingTheCategories()
    {
        var result = await commandLine.RunAsync(
            ["users", "add", "--email", "who@cli.example", "--name", "Wendy Who", "--category", "Dinner lady", "--password-stdin"],
            HeadPassword);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Unknown category 'Dinner lady'", result.Error, StringComparison.Ordinal);
        Assert.All(Enum.GetValues<AdultCategory>(), category => Assert.True(
            result.Error.Contains(category.ToString(), StringComparison.Ordinal) || result.Error.Contains(category.Describe(), StringComparison.Ordinal),
            $"{category} is not listed: {result.Error}"));
        Assert.Equal(0, await QueryAsync(db => db.Adults.CountAsync()));
    }

    [Fact]
    public async Task UsersAdd_UnknownRole_Exits2ListingTheRoles()
    {
        var result = await commandLine.RunAsync(
            ["users", "add", "--email", "who@cli.example", "--name", "Wendy Who", "--category", "Volunteer", "--role", "Caretaker"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Unknown role 'Caretaker'", result.Error, StringComparison.Ordinal);
        Assert.All(Roles.All, role => Assert.Contains(role, result.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UsersAdd_EmailAlreadyUsed_Exits1AndKeepsTheFirstAdult()
    {
        Assert.Equal(0, (await AddHeadteacherAsync()).ExitCode);

        var result = await commandLine.RunAsync(
            ["users", "add", "--email", "head@cli.example", "--name", "Harriet Double", "--category", "Volunteer", "--password-stdin"],
            "another long passphrase");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("head@cli.example already exists", result.Error, StringComparison.Ordinal);
        var adults = await QueryAsync(db => db.Adults.Where(a => a.Email == "head@cli.example").Select(a => a.FullName).ToListAsync());
        Assert.Equal(["Helen Marsh"], adults);
    }

    [Fact]
    public async Task Migrate_FreshDatabase_Exits0AndLeavesNoMigrationPending()
    {
        var result = await commandLine.RunAsync(["migrate"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("The database is up to date.", result.Output, StringComparison.Ordinal);
        await using var db = OpenDatabase();
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await db.SchoolSettings.CountAsync());
    }

    [Fact]
    public async Task UnknownCommand_Exits2WithUsage()
    {
        var result = await commandLine.RunAsync(["frobnicate"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Unknown command 'frobnicate'", result.Error, StringComparison.Ordinal);
        Assert.Contains("migrate", result.Error, StringComparison.Ordinal);
        Assert.Contains("users add", result.Error, StringComparison.Ordinal);
        Assert.Contains("seed-demo", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_EmptyDatabase_AddsDemoDataOnceOnly()
    {
        var first = await commandLine.RunAsync(["seed-demo"]);
        var second = await commandLine.RunAsync(["seed-demo"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Demo data added.", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("no demo data added", second.Output, StringComparison.Ordinal);
        var adults = await QueryAsync(db => db.Adults.CountAsync());
        Assert.InRange(adults, 35, 45);
        Assert.Equal(1, await QueryAsync(db => db.Adults.CountAsync(a => a.Email == "head@rackhouse.example")));
    }

    public void Dispose()
    {
        database.Drop();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: the temp folder is only the test's.
        }
    }

    private async Task<CommandResult> AddHeadteacherAsync() =>
        await commandLine.RunAsync(
            ["users", "add", "--email", "head@cli.example", "--name", "Helen Marsh", "--category", "Teaching staff", "--role", "Headteacher", "--password-stdin"],
            HeadPassword);

    private ConductDbContext OpenDatabase() => new(ConductDatabase.DesignTimeOptions(database.Provider, database.ConnectionString));

    private async Task<T> QueryAsync<T>(Func<ConductDbContext, Task<T>> query)
    {
        await using var db = OpenDatabase();
        return await query(db);
    }
}
