using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>The routing rules through HTTP: who finds a concern in their lists, counts and searches, who can open it,
/// and who is told of it.</summary>
public sealed class RoutingTests
{
    [Fact]
    public async Task ConcernAboutTheHeadteacher_ReachesTheChairAndNeverTheHeadteacher()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@routing.example", "Hugh Head", Roles.Headteacher);
        using var chair = await factory.SignedInAdultAsync("chair@routing.example", "Chloe Chair", Roles.ChairOfGovernors);
        using var reporter = await factory.SignedInAdultAsync("teacher@routing.example", "Tara Teacher");
        var headId = await factory.AdultIdAsync("head@routing.example");

        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.InappropriateContent, headId);

        var chairQueue = await chair.GetPageAsync("/admin/concerns");
        Assert.Contains(reference, chairQueue.QuerySelector("#queue")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await chair.GetAsync($"/admin/concerns/{reference}")).StatusCode);

        var headQueue = await head.GetPageAsync("/admin/concerns");
        Assert.Null(headQueue.QuerySelector("#queue"));
        Assert.StartsWith("0 concerns", headQueue.QuerySelector("#count")!.TextContent, StringComparison.Ordinal);
        var search = await head.GetPageAsync($"/admin/concerns?search={reference}");
        Assert.StartsWith("0 concerns", search.QuerySelector("#count")!.TextContent, StringComparison.Ordinal);
        var closed = await head.GetPageAsync("/admin/concerns?closed=true");
        Assert.StartsWith("0 concerns", closed.QuerySelector("#count")!.TextContent, StringComparison.Ordinal);
        foreach (var path in new[] { "", "/audit", "/triage", "/notes", "/evidence/1" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/admin/concerns/{reference}{path}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/concerns/{reference}")).StatusCode);
        var emails = await factory.QueryAsync(db => db.OutboxMessages.Select(m => m.To).ToListAsync());
        Assert.Equal(["chair@routing.example"], emails);
        Assert.Equal(CaseManager.ChairOfGovernors, await factory.QueryAsync(db => db.Concerns.Select(c => c.CaseManager).SingleAsync()));
    }

    [Fact]
    public async Task ConcernAboutTheHeadteacher_SearchByTheirName_FindsNothingForTheHeadteacher()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@search.example", "Harriet Searchable", Roles.Headteacher);
        using var chair = await factory.SignedInAdultAsync("chair@search.example", "Carl Chair", Roles.ChairOfGovernors);
        using var reporter = await factory.SignedInAdultAsync("teacher@search.example", "Theo Teacher");
        await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling, await factory.AdultIdAsync("head@search.example"));

        var headSearch = await head.GetPageAsync("/admin/concerns?search=Searchable");
        var chairSearch = await chair.GetPageAsync("/admin/concerns?search=Searchable");

        Assert.StartsWith("0 concerns", headSearch.QuerySelector("#count")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("1 concern", chairSearch.QuerySelector("#count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafeguardingConcern_AboutTheSafeguardingLead_ExcludesThemAndAlertsTheOthers()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@dsl.example", "Henry Head", Roles.Headteacher);
        using var dsl = await factory.SignedInAdultAsync("dsl@dsl.example", "Dana Dsl", Roles.SafeguardingLead);
        using var deputy = await factory.SignedInAdultAsync("deputy@dsl.example", "Dee Deputy", Roles.SafeguardingLead);
        using var reporter = await factory.SignedInAdultAsync("teacher@dsl.example", "Tom Teacher");

        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.ContactWithPupil, await factory.AdultIdAsync("dsl@dsl.example"));

        Assert.Equal(HttpStatusCode.NotFound, (await dsl.GetAsync($"/admin/concerns/{reference}")).StatusCode);
        Assert.Null((await dsl.GetPageAsync("/admin/concerns")).QuerySelector("#queue"));
        Assert.Equal(HttpStatusCode.OK, (await deputy.GetAsync($"/admin/concerns/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/admin/concerns/{reference}")).StatusCode);
        var emails = await factory.QueryAsync(db => db.OutboxMessages.Select(m => m.To).ToListAsync());
        Assert.Equal(["deputy@dsl.example", "head@dsl.example"], emails.Order());
    }

    [Fact]
    public async Task NonSafeguardingConcern_SafeguardingLeadDoesNotSeeIt()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@nsg.example", "Hal Head", Roles.Headteacher);
        using var dsl = await factory.SignedInAdultAsync("dsl@nsg.example", "Dot Dsl", Roles.SafeguardingLead);
        using var reporter = await factory.SignedInAdultAsync("teacher@nsg.example", "Tim Teacher");

        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.UnauthorisedSchoolSite);

        Assert.Equal(HttpStatusCode.NotFound, (await dsl.GetAsync($"/admin/concerns/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/admin/concerns/{reference}")).StatusCode);
    }

    [Fact]
    public async Task SelfReferral_ByTheHeadteacher_GoesToTheChairAndTheHeadteacherKeepsOnlyTheReceipt()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@self.example", "Hope Head", Roles.Headteacher);
        using var chair = await factory.SignedInAdultAsync("chair@self.example", "Cora Chair", Roles.ChairOfGovernors);

        var reference = await ConcernSteps.ReportAsync(head, ConcernCategory.InappropriateContent, selfReferral: true);

        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/concerns/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/admin/concerns/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chair.GetAsync($"/admin/concerns/{reference}")).StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Concerns.Select(c => c.IsSelfReferral).SingleAsync()));
    }

    [Theory]
    [InlineData(Roles.Office)]
    [InlineData(Roles.Governor)]
    [InlineData(Roles.Adult)]
    public async Task CaseFiles_RoleWithoutCaseHandling_Answers403(string role)
    {
        await using var factory = new ConcernWebFactory();
        using var browser = await factory.SignedInAdultAsync("someone@forbidden.example", "Sid Someone", role);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/concerns")).StatusCode);
    }
}
