using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Staff;

public sealed class RolesTests
{
    [Fact]
    public void All_HoldsTheSixRoles()
    {
        Assert.Equal(
            ["Adult", "Office", "Headteacher", "SafeguardingLead", "Governor", "ChairOfGovernors"],
            Roles.All);
    }

    [Fact]
    public void RequiringTwoFactor_IsTheRolesThatHandleConcerns()
    {
        Assert.Equal([Roles.Headteacher, Roles.SafeguardingLead, Roles.ChairOfGovernors], Roles.RequiringTwoFactor);
    }

    [Theory]
    [InlineData("headteacher", "Headteacher")]
    [InlineData("HEADTEACHER", "Headteacher")]
    [InlineData("safeguardinglead", "SafeguardingLead")]
    [InlineData("  chairofgovernors ", "ChairOfGovernors")]
    [InlineData("Adult", "Adult")]
    public void TryNormalise_AnyCase_GivesTheRoleAsStored(string text, string expected)
    {
        Assert.True(Roles.TryNormalise(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Head")]
    [InlineData("Safeguarding Lead")]
    [InlineData("Admin")]
    public void TryNormalise_NotARole_IsRefused(string? text)
    {
        Assert.False(Roles.TryNormalise(text, out var role));
        Assert.Equal(string.Empty, role);
    }

    [Theory]
    [InlineData("SafeguardingLead", "Designated safeguarding lead")]
    [InlineData("ChairOfGovernors", "Chair of governors")]
    [InlineData("Headteacher", "Headteacher")]
    public void Describe_Role_ReadsAsPlainEnglish(string role, string expected)
    {
        Assert.Equal(expected, Roles.Describe(role));
    }

    [Fact]
    public void Describe_EveryRole_HasADescription()
    {
        Assert.All(Roles.All, role => Assert.False(string.IsNullOrWhiteSpace(Roles.Describe(role))));
    }

    [Fact]
    public void Describe_NotARole_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Roles.Describe("Caretaker"));
    }
}
