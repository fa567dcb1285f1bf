using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.FamilyLinks;

/// <summary>Who sees what: declarations and requests reach the adult who made them, the Headteacher and the
/// safeguarding lead (who only reads); never the office, governors or other adults. Another adult's record by id is
/// not found, for every action; the register's decisions are the Headteacher's alone.</summary>
public sealed class AccessTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>, IAsyncLifetime
{
    private static readonly string[] AdminPages =
    [
        "/admin/family-links", "/admin/family-links/{d}", "/admin/sites", "/admin/sites/{s}", "/admin/permissions", "/admin/permissions/{p}",
    ];

    private static readonly (string Action, string[] Fields)[] AdminPosts =
    [
        ("/admin/family-links/{d}/discussion", ["Discussion.MeetingDay=1", "Discussion.MeetingMonth=10", "Discussion.MeetingYear=2026", "Discussion.Notes=Notes"]),
        ("/admin/family-links/{d}/acknowledge", ["Acknowledgement.Protocols=Protocols"]),
        ("/admin/family-links/{d}/decline", ["Decline.Reason=Reason"]),
        ("/admin/family-links/{d}/match", ["Match.PupilId=1"]),
        ("/admin/family-links/{d}/end", ["End.Reason=RelationshipEnded"]),
        ("/admin/sites/{s}/approve", ["Approve.Reasons=Good", "Approve.ReviewDay=1", "Approve.ReviewMonth=7", "Approve.ReviewYear=2027"]),
        ("/admin/sites/{s}/decline", ["Decline.Reason=No"]),
        ("/admin/sites/{s}/close", ["Close.Reason=Done"]),
        ("/admin/permissions/{p}/grant", ["Grant.Conditions=None"]),
        ("/admin/permissions/{p}/refuse", ["Refuse.Reason=No"]),
    ];

    private TestBrowser owner = null!;
    private int declarationId;
    private int siteId;
    private int permissionId;

    public async Task InitializeAsync()
    {
        (owner, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Record Owner");
        declarationId = await FamilyLinkSteps.DeclareAsync(owner, "Private Child", null);
        using var site = await FamilyLinkSteps.PostOnPageAsync(owner, "/family-links/sites/propose", "/family-links/sites/propose", new Dictionary<string, string>
        {
            ["Platform"] = "Instagram", ["Address"] = "@private.site", ["Purpose"] = "Sport", ["Audience"] = "Parents", ["Moderators"] = "PE lead",
        });
        siteId = FamilyLinkSteps.IdIn(site, "/family-links/sites/");
        using var permission = await FamilyLinkSteps.PostOnPageAsync(owner, "/family-links/permissions/ask", "/family-links/permissions/ask", new Dictionary<string, string>
        {
            ["What"] = "Message a parent", ["WithWhom"] = "A parent", ["Why"] = "Only uses Messenger", ["HowLong"] = "This term",
        });
        permissionId = FamilyLinkSteps.IdIn(permission, "/family-links/permissions/");
    }

    public Task DisposeAsync()
    {
        owner.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/family-links/{d}")]
    [InlineData("/family-links/sites/{s}")]
    [InlineData("/family-links/permissions/{p}")]
    public async Task OwnRecordPages_AnotherAdultOrTheHeadteacher_AreNotFound(string path)
    {
        var (other, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Curious Adult");
        using var _o = other;
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;

        using var asOther = await other.GetAsync(Path(path));
        using var asHead = await head.GetAsync(Path(path));
        using var asOwner = await owner.GetAsync(Path(path));

        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asHead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asOwner.StatusCode);
    }

    [Fact]
    public async Task Withdraw_AnotherAdultsDeclaration_IsNotFoundAndChangesNothing()
    {
        var (other, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Meddling Adult");
        using var _o = other;

        using var response = await FamilyLinkSteps.PostWithTokenAsync(other, Path("/family-links/{d}/withdraw"), new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(DeclarationStatus.Submitted, await factory.QueryAsync(db => db.FamilyLinkDeclarations.Where(d => d.Id == declarationId).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task OwnList_AnotherAdult_ShowsNoneOfTheOwnersRecords()
    {
        var (other, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Listing Adult");
        using var _o = other;

        var page = await other.GetPageAsync("/family-links");

        Assert.DoesNotContain("Private Child", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@private.site", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Message a parent", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Office)]
    [InlineData(Roles.Governor)]
    [InlineData(Roles.ChairOfGovernors)]
    [InlineData(Roles.Adult)]
    public async Task AdminPages_NeitherHeadteacherNorSafeguardingLead_AreForbidden(string role)
    {
        var (browser, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Outsider", role == Roles.Adult ? [] : [role]);
        using var _b = browser;

        foreach (var path in AdminPages)
        {
            using var response = await browser.GetAsync(Path(path));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} GET {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AdminPages_SafeguardingLead_ReadsEverythingWithNoFormToDecide()
    {
        var (lead, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Safeguarding Lead", Roles.SafeguardingLead);
        using var _l = lead;

        foreach (var path in AdminPages)
        {
            var page = await lead.GetPageAsync(Path(path));
            Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        }

        var admin = await lead.GetPageAsync("/admin");
        Assert.Contains("/admin/family-links", admin.QuerySelectorAll("main h2 a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData(Roles.SafeguardingLead)]
    [InlineData(Roles.Office)]
    [InlineData(Roles.Adult)]
    public async Task Decisions_AnyoneButTheHeadteacher_AreForbiddenAndChangeNothing(string role)
    {
        var (browser, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Would-be Decider", role == Roles.Adult ? [] : [role]);
        using var _b = browser;

        foreach (var (action, fields) in AdminPosts)
        {
            using var response = await FamilyLinkSteps.PostWithTokenAsync(browser, Path(action), Fields(fields));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} POST {action}: {(int)response.StatusCode}");
        }

        Assert.Equal(1, await factory.QueryAsync(db => db.FamilyLinkDeclarations.Where(d => d.Id == declarationId).SelectMany(d => d.Steps).CountAsync()));
        Assert.Equal(SiteRequestStatus.Proposed, await factory.QueryAsync(db => db.OfficialSiteRequests.Where(r => r.Id == siteId).Select(r => r.Status).SingleAsync()));
        Assert.Equal(PermissionStatus.Requested, await factory.QueryAsync(db => db.PermissionRequests.Where(r => r.Id == permissionId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Decisions_HeadteacherOnARecordThatDoesNotExist_AreNotFound()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;

        foreach (var (action, fields) in AdminPosts)
        {
            var missing = action.Replace("{d}", "999999", StringComparison.Ordinal).Replace("{s}", "999999", StringComparison.Ordinal).Replace("{p}", "999999", StringComparison.Ordinal);
            using var response = await FamilyLinkSteps.PostWithTokenAsync(head, missing, Fields(fields));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {missing}: {(int)response.StatusCode}");
        }

        foreach (var path in AdminPages.Where(p => p.Contains('{', StringComparison.Ordinal)))
        {
            using var response = await head.GetAsync(path.Replace("{d}", "999999", StringComparison.Ordinal).Replace("{s}", "999999", StringComparison.Ordinal).Replace("{p}", "999999", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static Dictionary<string, string> Fields(string[] fields) =>
        fields.Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);

    private string Path(string template) =>
        template.Replace("{d}", declarationId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{s}", siteId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{p}", permissionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
