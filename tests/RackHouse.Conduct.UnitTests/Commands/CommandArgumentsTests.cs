using RackHouse.Conduct.Web.Infrastructure.Commands;

namespace RackHouse.Conduct.UnitTests.Commands;

public sealed class CommandArgumentsTests
{
    [Fact]
    public void Parse_NameThenValue_GivesTheValue()
    {
        var arguments = CommandArguments.Parse(["--email", "head@rackhouse.example"]);

        Assert.Equal("head@rackhouse.example", arguments.Required("email"));
    }

    [Fact]
    public void Parse_NameEqualsValue_GivesTheValueWithItsSpaces()
    {
        var arguments = CommandArguments.Parse(["--name=Ruth Okafor", "--email=head@rackhouse.example"]);

        Assert.Equal("Ruth Okafor", arguments.Required("name"));
        Assert.Equal("head@rackhouse.example", arguments.Required("email"));
    }

    [Fact]
    public void Parse_RepeatedRole_KeepsEveryValueInOrder()
    {
        var arguments = CommandArguments.Parse(["--role", "Headteacher", "--role=SafeguardingLead", "--role", "Governor"]);

        Assert.Equal(["Headteacher", "SafeguardingLead", "Governor"], arguments.All("role"));
    }

    [Fact]
    public void Parse_FlagBeforeAnotherOption_IsSetAndTakesNoValue()
    {
        var arguments = CommandArguments.Parse(["--password-stdin", "--email", "head@rackhouse.example"]);

        Assert.True(arguments.Has("password-stdin"));
        Assert.Empty(arguments.All("password-stdin"));
        Assert.Equal("head@rackhouse.example", arguments.Required("email"));
    }

    [Fact]
    public void Parse_FlagAtTheEnd_IsSet()
    {
        var arguments = CommandArguments.Parse(["--email", "head@rackhouse.example", "--password-stdin"]);

        Assert.True(arguments.Has("password-stdin"));
    }

    [Fact]
    public void Has_OptionNotGiven_IsFalse()
    {
        var arguments = CommandArguments.Parse(["--email", "head@rackhouse.example"]);

        Assert.False(arguments.Has("password-stdin"));
        Assert.Empty(arguments.All("role"));
    }

    [Fact]
    public void Parse_OptionNames_IgnoreCase()
    {
        var arguments = CommandArguments.Parse(["--EMAIL", "head@rackhouse.example"]);

        Assert.Equal("head@rackhouse.example", arguments.Required("email"));
    }

    [Fact]
    public void Required_Missing_ThrowsWithTheUsage()
    {
        var arguments = CommandArguments.Parse(["--email", "head@rackhouse.example"]);

        var exception = Assert.Throws<CommandException>(() => arguments.Required("name"));

        Assert.StartsWith("--name is required.", exception.Message, StringComparison.Ordinal);
        Assert.Contains(ConductCommand.Usage, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--name")]
    [InlineData("--name=")]
    [InlineData("--name=  ")]
    public void Required_GivenWithoutAValue_Throws(string argument)
    {
        var arguments = CommandArguments.Parse([argument]);

        Assert.Throws<CommandException>(() => arguments.Required("name"));
    }

    [Fact]
    public void Parse_StrayPositionalArgument_IsRefusedWithTheUsage()
    {
        var exception = Assert.Throws<CommandException>(() =>
            CommandArguments.Parse(["--name", "Ruth", "Okafor"]));

        Assert.StartsWith("Unexpected argument 'Okafor'.", exception.Message, StringComparison.Ordinal);
        Assert.Contains(ConductCommand.Usage, exception.Message, StringComparison.Ordinal);
    }
}
