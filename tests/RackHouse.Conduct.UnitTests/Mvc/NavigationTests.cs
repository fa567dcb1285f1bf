using System.Security.Claims;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.UnitTests.Mvc;

public sealed class NavigationTests
{
    [Fact]
    public void For_Adult_SeesHomeAndTheirAccountOnly()
    {
        Assert.Equal(["Home", "Policies", "Family links", "Your account"], Texts(SignedIn(Roles.Adult)));
    }

    [Fact]
    public void For_Headteacher_AlsoSeesAdminAndGovernors()
    {
        Assert.Equal(["Home", "Policies", "Family links", "Admin", "Governors", "Your account"], Texts(SignedIn(Roles.Adult, Roles.Headteacher)));
    }

    [Theory]
    [InlineData(Roles.Governor)]
    [InlineData(Roles.ChairOfGovernors)]
    public void For_Governor_SeesGovernorsButNotAdmin(string role)
    {
        Assert.Equal(["Home", "Policies", "Family links", "Governors", "Your account"], Texts(SignedIn(Roles.Adult, role)));
    }

    [Theory]
    [InlineData(Roles.Office)]
    [InlineData(Roles.SafeguardingLead)]
    public void For_OfficeOrSafeguardingLead_SeesAdminButNotGovernors(string role)
    {
        Assert.Equal(["Home", "Policies", "Family links", "Admin", "Your account"], Texts(SignedIn(Roles.Adult, role)));
    }

    [Fact]
    public void For_Anonymous_SeesNothing()
    {
        Assert.Empty(Navigation.For(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void For_RoleClaimsWithoutSigningIn_SeesNothing()
    {
        var notAuthenticated = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Headteacher)]));

        Assert.Empty(Navigation.For(notAuthenticated));
    }

    [Theory]
    [InlineData("Home", "/", true)]
    [InlineData("Home", "/account", false)]
    [InlineData("Admin", "/admin/settings", true)]
    [InlineData("Admin", "/Admin/Settings/edit", true)]
    [InlineData("Governors", "/", false)]
    [InlineData("Family links", "/family-links/declare", true)]
    [InlineData("Family links", "/admin/family-links", false)]
    public void IsCurrent_Path_MarksOnlyTheMatchingItem(string text, string path, bool expected)
    {
        var item = Navigation.For(SignedIn(Roles.Adult, Roles.Headteacher)).Single(i => i.Text == text);

        Assert.Equal(expected, Navigation.IsCurrent(item, path));
    }

    private static ClaimsPrincipal SignedIn(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(role => new Claim(ClaimTypes.Role, role)), authenticationType: "Test"));

    private static List<string> Texts(ClaimsPrincipal user) => [.. Navigation.For(user).Select(item => item.Text)];
}
