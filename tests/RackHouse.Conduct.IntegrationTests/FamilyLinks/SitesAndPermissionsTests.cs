using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.FamilyLinks;

/// <summary>An adult proposes an official site or asks permission; the Headteacher approves (into the register of
/// sites, with owner, approval and review dates), declines, closes, grants with conditions or refuses; the adult sees
/// the decision and is told by an email with a link only.</summary>
public sealed class SitesAndPermissionsTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    [Fact]
    public async Task ProposeSite_Empty_NamesEachMissingAnswer()
    {
        var (adult, _, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Empty Proposer");
        using var _a = adult;

        using var response = await FamilyLinkSteps.PostOnPageAsync(adult, "/family-links/sites/propose", "/family-links/sites/propose", new Dictionary<string, string> { ["Platform"] = "YouTube" });
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(
            ["Enter the site's name or address", "Enter the pedagogical or business reason for the site", "Enter who the site is for", "Enter who will moderate the site"],
            TestBrowser.Errors(page));
        Assert.Equal("YouTube", page.QuerySelector("#Platform")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.OfficialSiteRequests.AnyAsync(r => r.AdultId == adultId)));
    }

    [Fact]
    public async Task ApproveThenClose_SiteJoinsTheRegisterWithOwnerAndDatesThenLeavesIt()
    {
        var (head, headEmail, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, adultEmail, _) = await FamilyLinkSteps.AdultAsync(factory, "Site Owner");
        using var _a = adult;
        var before = (await FamilyLinkSteps.MailToAsync(factory, headEmail)).Count;

        using var proposed = await FamilyLinkSteps.PostOnPageAsync(adult, "/family-links/sites/propose", "/family-links/sites/propose", new Dictionary<string, string>
        {
            ["Platform"] = "Instagram", ["Address"] = "@rackhouse.sport", ["Purpose"] = "Share match results", ["Audience"] = "Parents", ["Moderators"] = "PE lead and office",
        });
        var id = FamilyLinkSteps.IdIn(proposed, "/family-links/sites/");
        using var refused = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/sites/{id}", $"/admin/sites/{id}/approve", new Dictionary<string, string>
        {
            ["Approve.Reasons"] = "Good use.", ["Approve.ReviewDay"] = "1", ["Approve.ReviewMonth"] = "7", ["Approve.ReviewYear"] = "2025",
        });
        var refusedPage = await TestBrowser.ParseAsync(refused);
        using var approved = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/sites/{id}", $"/admin/sites/{id}/approve", new Dictionary<string, string>
        {
            ["Approve.Reasons"] = "Good use.", ["Approve.ReviewDay"] = "1", ["Approve.ReviewMonth"] = "7", ["Approve.ReviewYear"] = "2027",
        });
        var register = await head.GetPageAsync("/admin/sites");
        var mine = await adult.GetPageAsync($"/family-links/sites/{id}");
        using var closed = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/sites/{id}", $"/admin/sites/{id}/close", new Dictionary<string, string> { ["Close.Reason"] = "The club ended." });
        var afterClose = await head.GetPageAsync("/admin/sites");

        Assert.Equal(["The review date must be in the future"], TestBrowser.Errors(refusedPage));
        Assert.Equal("Good use.", refusedPage.QuerySelector("#Approve_Reasons")!.TextContent.Trim());
        Assert.Equal($"/admin/sites/{id}", approved.Headers.Location?.OriginalString);
        var row = register.QuerySelectorAll("#register tbody tr").Single(r => r.TextContent.Contains("@rackhouse.sport", StringComparison.Ordinal));
        Assert.Equal(["Site Owner", "05/10/2026", "01/07/2027"], row.QuerySelectorAll("td").Select(td => PolicySteps.Collapse(td.TextContent)));
        Assert.Equal("Approved", FamilyLinkSteps.Text(mine, "#status"));
        Assert.Equal("Good use.", FamilyLinkSteps.Text(mine, "#decision"));
        Assert.DoesNotContain("@rackhouse.sport", FamilyLinkSteps.Text(afterClose, "#register"), StringComparison.Ordinal);
        Assert.Contains("@rackhouse.sport", FamilyLinkSteps.Text(afterClose, "#past"), StringComparison.Ordinal);
        Assert.Equal(SiteRequestStatus.Closed, await factory.QueryAsync(db => db.OfficialSiteRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        var headMail = (await FamilyLinkSteps.MailToAsync(factory, headEmail)).Skip(before).ToList();
        Assert.Equal(["A new official school site proposal awaits your decision"], headMail.Select(m => m.Subject));
        Assert.DoesNotContain("Instagram", headMail[0].Body, StringComparison.Ordinal);
        var adultMail = await FamilyLinkSteps.MailToAsync(factory, adultEmail);
        Assert.Equal(2, adultMail.Count);
        Assert.All(adultMail, m => Assert.Contains($"https://localhost/family-links/sites/{id}", m.Body, StringComparison.Ordinal));
        Assert.All(adultMail, m => Assert.DoesNotContain("Good use", m.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeclineSite_AdultSeesTheReasonsAndItNeverJoinsTheRegister()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Declined Proposer");
        using var _a = adult;
        using var proposed = await FamilyLinkSteps.PostOnPageAsync(adult, "/family-links/sites/propose", "/family-links/sites/propose", new Dictionary<string, string>
        {
            ["Platform"] = "TikTok", ["Address"] = "@rackhouse.dance", ["Purpose"] = "Dance videos", ["Audience"] = "The public", ["Moderators"] = "Me",
        });
        var id = FamilyLinkSteps.IdIn(proposed, "/family-links/sites/");

        using var declined = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/sites/{id}", $"/admin/sites/{id}/decline", new Dictionary<string, string> { ["Decline.Reason"] = "Pupils' images to the public." });
        var mine = await adult.GetPageAsync($"/family-links/sites/{id}");
        var register = await head.GetPageAsync("/admin/sites");

        Assert.Equal("Declined", FamilyLinkSteps.Text(mine, "#status"));
        Assert.Equal("Pupils' images to the public.", FamilyLinkSteps.Text(mine, "#decision"));
        Assert.DoesNotContain("@rackhouse.dance", FamilyLinkSteps.Text(register, "#register"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permission_GrantedWithConditions_AdultSeesTheConditionsAndCannotBeRefusedAfter()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, adultEmail, _) = await FamilyLinkSteps.AdultAsync(factory, "Permission Asker");
        using var _a = adult;

        using var empty = await FamilyLinkSteps.PostOnPageAsync(adult, "/family-links/permissions/ask", "/family-links/permissions/ask", new Dictionary<string, string> { ["What"] = "Talk" });
        var emptyPage = await TestBrowser.ParseAsync(empty);
        using var asked = await FamilyLinkSteps.PostOnPageAsync(adult, "/family-links/permissions/ask", "/family-links/permissions/ask", new Dictionary<string, string>
        {
            ["What"] = "Discuss a pupil's reading with their mother", ["WithWhom"] = "The pupil's mother", ["Why"] = "She only uses Messenger", ["HowLong"] = "This term",
        });
        var id = FamilyLinkSteps.IdIn(asked, "/family-links/permissions/");
        using var granted = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/permissions/{id}", $"/admin/permissions/{id}/grant", new Dictionary<string, string> { ["Grant.Conditions"] = "Only from the school's account." });
        using var refusedAfter = await FamilyLinkSteps.PostWithTokenAsync(head, $"/admin/permissions/{id}/refuse", new Dictionary<string, string> { ["Refuse.Reason"] = "Changed my mind" });
        var mine = await adult.GetPageAsync($"/family-links/permissions/{id}");
        var list = await adult.GetPageAsync("/family-links");

        Assert.Equal(["Enter who it is with, like a pupil's parent", "Enter why you need to", "Enter for how long, like this term or until a date"], TestBrowser.Errors(emptyPage));
        Assert.Equal($"/admin/permissions/{id}", refusedAfter.Headers.Location?.OriginalString);
        Assert.Equal("Granted", FamilyLinkSteps.Text(mine, "#status"));
        Assert.Equal("Only from the school's account.", FamilyLinkSteps.Text(mine, "#decision"));
        Assert.Contains("Granted", FamilyLinkSteps.Text(list, "#permission-requests"), StringComparison.Ordinal);
        Assert.Equal(2, await factory.QueryAsync(db => db.PermissionRequests.Where(r => r.Id == id).SelectMany(r => r.Steps).CountAsync()));
        var mail = Assert.Single(await FamilyLinkSteps.MailToAsync(factory, adultEmail));
        Assert.Equal("A decision has been made on your permission request", mail.Subject);
        Assert.DoesNotContain("Messenger", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permission_RefusedWithoutAReason_IsNotRecorded()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Refused Asker");
        using var _a = adult;
        using var asked = await FamilyLinkSteps.PostOnPageAsync(adult, "/family-links/permissions/ask", "/family-links/permissions/ask", new Dictionary<string, string>
        {
            ["What"] = "Friend a parent", ["WithWhom"] = "A parent", ["Why"] = "We are neighbours", ["HowLong"] = "Always",
        });
        var id = FamilyLinkSteps.IdIn(asked, "/family-links/permissions/");

        using var noReason = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/permissions/{id}", $"/admin/permissions/{id}/refuse", new Dictionary<string, string> { ["Refuse.Reason"] = string.Empty });
        using var refused = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/permissions/{id}", $"/admin/permissions/{id}/refuse", new Dictionary<string, string> { ["Refuse.Reason"] = "Keep it professional." });
        var mine = await adult.GetPageAsync($"/family-links/permissions/{id}");

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Equal(["Enter the reason, which the adult will see"], TestBrowser.Errors(await TestBrowser.ParseAsync(noReason)));
        Assert.Equal("Refused", FamilyLinkSteps.Text(mine, "#status"));
        Assert.Equal("Keep it professional.", FamilyLinkSteps.Text(mine, "#decision"));
    }
}
