using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>Who reaches which admin page: an adult none of them; the office the register but not the policies; the
/// safeguarding lead the admin area but not the register; the Headteacher everything.</summary>
public sealed class AdminAccessTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/policies")]
    [InlineData("/admin/policies/new")]
    [InlineData("/admin/register")]
    [InlineData("/admin/register/export")]
    public async Task AdminPages_Adult_AreForbidden(string path)
    {
        using var adult = await SignedInAsync("adult", AdultCategory.TeachingStaff);

        using var response = await adult.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AdultHistoryInTheRegister_Adult_IsForbiddenEvenForTheirOwn()
    {
        using var adult = await factory.SignedInAdultAsync("own.history@access.example");
        var adultId = await factory.AdultIdAsync("own.history@access.example");

        using var response = await adult.GetAsync($"/admin/register/adults/{adultId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/policies/new")]
    [InlineData("/admin/policies/preview")]
    public async Task PolicyForms_PostedByAnAdult_AreForbiddenAndChangeNothing(string path)
    {
        using var adult = await SignedInAsync("poster", AdultCategory.TeachingStaff);
        var policies = await factory.QueryAsync(db => db.Policies.CountAsync());

        using var response = await adult.PostAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(policies, await factory.QueryAsync(db => db.Policies.CountAsync()));
    }

    [Fact]
    public async Task Register_Office_IsReachableWithItsCsv()
    {
        using var office = await SignedInAsync("office", AdultCategory.NonTeachingStaff, Roles.Office);

        var register = await office.GetPageAsync("/admin/register");
        using var csv = await office.GetAsync("/admin/register/export");
        var admin = await office.GetPageAsync("/admin");

        Assert.Equal("Acknowledgement register", register.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["/admin/people", "/admin/register", "/admin/settings"], Sections(admin));
    }

    [Theory]
    [InlineData("/admin/policies")]
    [InlineData("/admin/policies/new")]
    public async Task Policies_Office_AreForbidden(string path)
    {
        using var office = await SignedInAsync("office.policies", AdultCategory.NonTeachingStaff, Roles.Office);

        using var response = await office.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Admin_SafeguardingLead_ReachesTheAdminAreaButNotTheRegister()
    {
        using var lead = await SignedInAsync("dsl", AdultCategory.TeachingStaff, Roles.SafeguardingLead);

        var admin = await lead.GetPageAsync("/admin");
        using var register = await lead.GetAsync("/admin/register");
        using var csv = await lead.GetAsync("/admin/register/export");
        using var policies = await lead.GetAsync("/admin/policies");

        Assert.DoesNotContain("/admin/register", Sections(admin));
        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, policies.StatusCode);
    }

    [Fact]
    public async Task Admin_Headteacher_SeesEverySection()
    {
        using var head = await SignedInAsync("head", AdultCategory.TeachingStaff, Roles.Headteacher);

        var admin = await head.GetPageAsync("/admin");
        var policies = await head.GetPageAsync("/admin/policies");
        var register = await head.GetPageAsync("/admin/register");

        Assert.Equal(["/admin/concerns", "/admin/people", "/admin/register", "/admin/policies", "/admin/family-links", "/admin/sites", "/admin/permissions", "/admin/settings"], Sections(admin));
        Assert.Equal("Policies", policies.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("Acknowledgement register", register.QuerySelector("main h1")!.TextContent.Trim());
    }

    private async Task<TestBrowser> SignedInAsync(string name, AdultCategory category, params string[] roles) =>
        await factory.SignedInAdultAsync($"{name}.{Guid.NewGuid():N}@access.example", category, roles);

    private static List<string> Sections(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("main h2 a").Select(a => a.GetAttribute("href")!).ToList();
}
