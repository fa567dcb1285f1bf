using System.Net;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.People;

/// <summary>The office keeps the roster but reaches no area about people's conduct: not the policies, the governors'
/// figures, family link declarations, official sites, permission requests or concerns.</summary>
public sealed class OfficeAccessTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    public static TheoryData<string> OfficeMustNotReach => new()
    {
        "/admin/policies",
        "/admin/policies/new",
        "/governors",
        "/admin/family-links",
        "/admin/sites",
        "/admin/permissions",
        "/admin/concerns",
    };

    [Theory]
    [MemberData(nameof(OfficeMustNotReach))]
    public async Task Get_AreaOfficeMustNotReach_IsForbidden(string path)
    {
        using var office = await factory.SignedInAdultAsync($"office.{Guid.NewGuid():N}@access.example", AdultCategory.NonTeachingStaff, [Roles.Office]);

        using var response = await office.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/people")]
    [InlineData("/admin/people/pupils")]
    [InlineData("/admin/people/invitations")]
    public async Task Get_RosterPage_AdultOrSafeguardingLead_IsForbidden(string path)
    {
        using var adult = await factory.SignedInAdultAsync($"adult.{Guid.NewGuid():N}@access.example");
        using var dsl = await factory.SignedInAdultAsync($"dsl.{Guid.NewGuid():N}@access.example", roles: [Roles.SafeguardingLead]);

        using var asAdult = await adult.GetAsync(path);
        using var asDsl = await dsl.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, asAdult.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asDsl.StatusCode);
    }
}
