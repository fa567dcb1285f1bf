using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Roster;

public sealed class RoleGrantsTests
{
    private static readonly string[] Headteacher = [Roles.Adult, Roles.Headteacher];
    private static readonly string[] Office = [Roles.Adult, Roles.Office];

    [Theory]
    [InlineData(Roles.Headteacher)]
    [InlineData(Roles.SafeguardingLead)]
    [InlineData(Roles.Governor)]
    [InlineData(Roles.ChairOfGovernors)]
    [InlineData(Roles.Office)]
    public void Refusal_HeadteacherGrantsAnyRole_IsAllowed(string role)
    {
        Assert.Null(RoleGrants.Refusal(Headteacher, ownAccount: false, [Roles.Adult], [role]));
    }

    [Theory]
    [InlineData(Roles.Headteacher)]
    [InlineData(Roles.SafeguardingLead)]
    [InlineData(Roles.Governor)]
    [InlineData(Roles.ChairOfGovernors)]
    [InlineData(Roles.Office)]
    public void Refusal_OfficeGrantsAnyRole_IsRefused(string role)
    {
        Assert.Equal("Only the Headteacher can give or remove roles", RoleGrants.Refusal(Office, ownAccount: false, [Roles.Adult], [role]));
    }

    [Fact]
    public void Refusal_OfficeRemovesARole_IsRefused()
    {
        Assert.NotNull(RoleGrants.Refusal(Office, ownAccount: false, [Roles.Adult, Roles.Governor], []));
    }

    [Fact]
    public void Refusal_OfficeKeepsTheRolesAsTheyAre_IsAllowed()
    {
        Assert.Null(RoleGrants.Refusal(Office, ownAccount: false, [Roles.Adult, Roles.Governor], [Roles.Governor]));
    }

    [Fact]
    public void Refusal_HeadteacherRemovesOwnHeadteacherRole_IsRefused()
    {
        Assert.NotNull(RoleGrants.Refusal(Headteacher, ownAccount: true, Headteacher, [Roles.Office]));
    }

    [Fact]
    public void Refusal_HeadteacherRemovesAnotherHeadteachersRole_IsAllowed()
    {
        Assert.Null(RoleGrants.Refusal(Headteacher, ownAccount: false, Headteacher, []));
    }

    [Fact]
    public void Refusal_UnknownRole_IsRefused()
    {
        Assert.Equal("Janitor is not a role that can be given", RoleGrants.Refusal(Headteacher, ownAccount: false, [], ["Janitor"]));
    }

    [Fact]
    public void MayChangeRoles_SafeguardingLeadAlone_IsFalse()
    {
        Assert.False(RoleGrants.MayChangeRoles([Roles.Adult, Roles.SafeguardingLead]));
    }
}
