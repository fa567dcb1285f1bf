using System.Security.Claims;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.UnitTests.Mvc;

public sealed class NavigationTests
{
    [Fact]
    public void For_Adult_SeesHomeAndTheirAccountOnly()
    {
        Assert.Equal(["Home", "Policies", "Family links", "Report a concern", "Your account"], Texts(SignedIn(Roles.Adult)));
    }

    [Fact]
    public void For_Headteacher_AlsoSeesAdminAndGovernors()
    {
        Assert.Equal(["Home", "Policies", "Family links", "Report a concern", "Admin", "Case files", "Governors", "Your account"], Texts(SignedIn(Roles.Adult, Roles.Headteacher)));
    }

    [Fact]
    public void For_Governor_SeesGovernorsButNotAdmin()
    {
        Assert.Equal(["Home", "Policies", "Family links", "Report a concern", "Governors", "Your account"], Texts(SignedIn(Roles.Adult, Roles.Governor)));
    }

    [Fact]
    public void For_Chair_AlsoSeesCaseFilesButNotAdmin()
    {
        Assert.Equal(["Home", "Policies", "Family links", "Report a concern", "Case files", "Governors", "Your account"], Texts(SignedIn(Roles.Adult, Roles.ChairOfGovernors)));
    }

    [Fact]
    public void For_Office_SeesAdminButNotCaseFilesOrGovernors()
    {
        Assert.Equal(["Home", "Policies", "Family links", "Report a concern", "Admin", "Your account"], Texts(SignedIn(Roles.Adult, Roles.Office)));
    }

    [Fact]
    public void For_SafeguardingLead_SeesAdminAndCaseFilesButNotGovernors()
    {
        Assert.Equal(["Home", "Policies", "Family links", "Report a concern", "Admin", "Case files", "Your account"], Texts(SignedIn(Roles.Adult, Roles.SafeguardingLead)));
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
    [InlineData("Admin", "/admin/concerns/RH-2026-0001", false)]
    [InlineData("Case files", "/admin/concerns/RH-2026-0001", true)]
    [InlineData("Report a concern", "/concerns/drafts", true)]
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
