using RackHouse.Conduct.Web.Infrastructure.Commands;

namespace RackHouse.Conduct.UnitTests.Commands;

public sealed class ConductCommandTests
{
    [Fact]
    public void Parse_NoArguments_RunsThePortal()
    {
        Assert.Null(ConductCommand.Parse([]));
    }

    [Theory]
    [InlineData("--urls", "http://localhost:5080")]
    [InlineData("--environment", "Development")]
    public void Parse_HostOptions_RunThePortal(string option, string value)
    {
        Assert.Null(ConductCommand.Parse([option, value]));
    }

    [Fact]
    public void Parse_Migrate_IsTheMigrateCommand()
    {
        var command = ConductCommand.Parse(["migrate"]);

        Assert.NotNull(command);
        Assert.Equal("migrate", command.Name);
    }

    [Fact]
    public void Parse_UsersAdd_NamesTheSubcommandAndKeepsItsOptions()
    {
        var command = ConductCommand.Parse(
            ["users", "add", "--email", "head@rackhouse.example", "--name", "Ruth Okafor", "--category", "teaching staff", "--role", "Headteacher"]);

        Assert.NotNull(command);
        Assert.Equal("users add", command.Name);
        Assert.Equal("head@rackhouse.example", command.Arguments.Required("email"));
        Assert.Equal("Ruth Okafor", command.Arguments.Required("name"));
        Assert.Equal(["Headteacher"], command.Arguments.All("role"));
    }

    [Fact]
    public void Parse_SeedDemo_IsTheSeedDemoCommand()
    {
        Assert.Equal("seed-demo", ConductCommand.Parse(["seed-demo"])?.Name);
    }

    [Fact]
    public void Parse_CommandWithStrayArgument_IsRefused()
    {
        Assert.Throws<CommandException>(() => ConductCommand.Parse(["migrate", "now"]));
    }
}
