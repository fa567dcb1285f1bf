using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.FamilyLinks;

/// <summary>The Headteacher works the register: records the discussion, acknowledges with protocols, declines with a
/// reason, links a typed name to the roll, ends a link; moves the flow does not allow are refused and change nothing;
/// the adult sees each decision and is told by an email with a link only.</summary>
public sealed class DecidingTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    [Fact]
    public async Task DiscussThenAcknowledge_AdultSeesItAcknowledgedWithTheProtocolsAndNoLongerTheWarning()
    {
        var (head, _, headId) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, adultEmail, _) = await FamilyLinkSteps.AdultAsync(factory, "Acknowledged Parent");
        using var _a = adult;
        var pupil = await FamilyLinkSteps.AddPupilAsync(factory, "Rosie Acknowledgee", "Year 1");
        var id = await FamilyLinkSteps.DeclareAsync(adult, "Rosie Acknowledgee", pupil);

        await FamilyLinkSteps.DiscussAsync(head, id, "Met with the adult.");
        await FamilyLinkSteps.AcknowledgeAsync(head, id, "No contact about school matters.\nNo photos of other pupils.");
        var mine = await adult.GetPageAsync($"/family-links/{id}");
        var admin = await head.GetPageAsync($"/admin/family-links/{id}");

        Assert.Equal("Acknowledged", FamilyLinkSteps.Text(mine, "#status"));
        Assert.Equal("No contact about school matters.\nNo photos of other pupils.", mine.QuerySelector("#protocols")!.TextContent.Trim());
        Assert.Null(mine.QuerySelector("#breach-warning"));
        Assert.Equal(
            ["Declared", "Discussion recorded", "Acknowledged with agreed protocols"],
            mine.QuerySelectorAll(".rh-history__step h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("Helen Head", FamilyLinkSteps.Text(mine, ".rh-history__step:nth-child(3)"), StringComparison.Ordinal);
        Assert.Contains("(date: 02/10/2026)", FamilyLinkSteps.Text(admin, ".rh-history__step:nth-child(2)"), StringComparison.Ordinal);
        Assert.Null(admin.QuerySelector($"form[action='/admin/family-links/{id}/acknowledge']"));
        var steps = await factory.QueryAsync(db => db.FamilyLinkDeclarations.AsNoTracking().Where(d => d.Id == id).SelectMany(d => d.Steps).OrderBy(s => s.Id).Select(s => new { s.Action, s.ByAdultId, s.OnDate }).ToListAsync());
        Assert.Equal([DeclarationAction.Declare, DeclarationAction.RecordDiscussion, DeclarationAction.Acknowledge], steps.Select(s => s.Action));
        Assert.Equal(headId, steps[2].ByAdultId);
        Assert.Equal(new DateOnly(2026, 10, 2), steps[1].OnDate);
        var mail = Assert.Single(await FamilyLinkSteps.MailToAsync(factory, adultEmail));
        Assert.Equal("A decision has been made on your family link declaration", mail.Subject);
        Assert.Contains($"https://localhost/family-links/{id}", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Rosie", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("school matters", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_BeforeAnyDiscussion_IsRefusedAndChangesNothing()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, adultEmail, _) = await FamilyLinkSteps.AdultAsync(factory, "Undiscussed Adult");
        using var _a = adult;
        var id = await FamilyLinkSteps.DeclareAsync(adult, "Typed Child", null);
        var page = await head.GetPageAsync($"/admin/family-links/{id}");

        using var response = await FamilyLinkSteps.PostWithTokenAsync(head, $"/admin/family-links/{id}/acknowledge", new Dictionary<string, string> { ["Acknowledgement.Protocols"] = "Protocols" }, $"/admin/family-links/{id}");
        var after = await head.GetPageAsync($"/admin/family-links/{id}");

        Assert.Null(page.QuerySelector($"form[action='/admin/family-links/{id}/acknowledge']"));
        Assert.Equal($"/admin/family-links/{id}", response.Headers.Location?.OriginalString);
        Assert.Contains("That cannot be done now", FamilyLinkSteps.Text(after, ".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal(DeclarationStatus.Submitted, await factory.QueryAsync(db => db.FamilyLinkDeclarations.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        Assert.Empty(await FamilyLinkSteps.MailToAsync(factory, adultEmail));
    }

    [Fact]
    public async Task Forms_Empty_ShowSpecificErrorsAndKeepWhatWasTyped()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Validated Adult");
        using var _a = adult;
        var id = await FamilyLinkSteps.DeclareAsync(adult, "Some Child", null);

        using var discussion = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/family-links/{id}", $"/admin/family-links/{id}/discussion", new Dictionary<string, string>
        {
            ["Discussion.MeetingDay"] = "31",
            ["Discussion.MeetingMonth"] = "2",
            ["Discussion.MeetingYear"] = "2026",
            ["Discussion.Notes"] = "Kept notes",
        });
        var discussionPage = await TestBrowser.ParseAsync(discussion);
        using var decline = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/family-links/{id}", $"/admin/family-links/{id}/decline", new Dictionary<string, string> { ["Decline.Reason"] = " " });
        var declinePage = await TestBrowser.ParseAsync(decline);
        using var end = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/family-links/{id}", $"/admin/family-links/{id}/end", new Dictionary<string, string> { ["End.Note"] = "A note" });
        var endPage = await TestBrowser.ParseAsync(end);

        Assert.Equal(["Enter the date of the meeting as a real date, like 23 11 2026"], TestBrowser.Errors(discussionPage));
        Assert.Equal("#Discussion_MeetingDay", discussionPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("31", discussionPage.QuerySelector("#Discussion_MeetingDay")!.GetAttribute("value"));
        Assert.Equal("Kept notes", discussionPage.QuerySelector("#Discussion_Notes")!.TextContent.Trim());
        Assert.Equal(["Enter the reason for declining"], TestBrowser.Errors(declinePage));
        Assert.Equal(["Select why the link is ending"], TestBrowser.Errors(endPage));
        Assert.Equal("A note", endPage.QuerySelector("#End_Note")!.TextContent.Trim());
        Assert.Equal(1, await factory.QueryAsync(db => db.FamilyLinkDeclarations.Where(d => d.Id == id).SelectMany(d => d.Steps).CountAsync()));
    }

    [Fact]
    public async Task Decline_WithReason_AdultSeesTheReasonAndIsEmailed()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, adultEmail, _) = await FamilyLinkSteps.AdultAsync(factory, "Declined Adult");
        using var _a = adult;
        var id = await FamilyLinkSteps.DeclareAsync(adult, "Not Family", null);

        using var response = await FamilyLinkSteps.PostOnPageAsync(head, $"/admin/family-links/{id}", $"/admin/family-links/{id}/decline", new Dictionary<string, string> { ["Decline.Reason"] = "A neighbour is not a family member." });
        var mine = await adult.GetPageAsync($"/family-links/{id}");

        Assert.Equal("Declined", FamilyLinkSteps.Text(mine, "#status"));
        Assert.Contains("A neighbour is not a family member.", FamilyLinkSteps.Text(mine, "#history + ol"), StringComparison.Ordinal);
        Assert.Single(await FamilyLinkSteps.MailToAsync(factory, adultEmail));
    }

    [Fact]
    public async Task MatchPupil_TypedName_FindsOnTheRollAndLinksKeepingTheTypedName()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Matched Grandparent");
        using var _a = adult;
        var pupil = await FamilyLinkSteps.AddPupilAsync(factory, "Theodore Matchington", "Year 2");
        var id = await FamilyLinkSteps.DeclareAsync(adult, "Theo Matchington", null, "Grandparent");

        var search = await head.GetPageAsync($"/admin/family-links/{id}?find=matchington");
        using var response = await PolicySteps.PostAsync(head, search, $"/admin/family-links/{id}/match", [new("Match.PupilId", pupil.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var after = await head.GetPageAsync($"/admin/family-links/{id}");
        var register = await head.GetPageAsync("/admin/family-links");

        Assert.Equal("Theodore Matchington, Year 2", FamilyLinkSteps.Text(search, "label[for=Match_PupilId]"));
        Assert.Equal($"/admin/family-links/{id}", response.Headers.Location?.OriginalString);
        var saved = await factory.QueryAsync(db => db.FamilyLinkDeclarations.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal(((int?)pupil, "Theo Matchington", DeclarationStatus.Submitted), (saved.PupilId, saved.PupilName, saved.Status));
        Assert.Equal("Matched Grandparent and Theodore Matchington", after.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Null(after.QuerySelector($"form[action='/admin/family-links/{id}/match']"));
        Assert.Contains("Theodore Matchington, Year 2", FamilyLinkSteps.Text(register, $"#declaration-{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_PupilLeft_RecordsTheReasonAndTheRegisterNoLongerFlagsIt()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Leaving Parent");
        using var _a = adult;
        var pupil = await FamilyLinkSteps.AddPupilAsync(factory, "Freya Leavington", "Year 6");
        var id = await FamilyLinkSteps.DeclareAsync(adult, "Freya Leavington", pupil);
        await FamilyLinkSteps.DiscussAsync(head, id);
        await FamilyLinkSteps.AcknowledgeAsync(head, id);
        await factory.QueryAsync(async db =>
        {
            (await db.Pupils.SingleAsync(p => p.Id == pupil)).MarkAsLeft(new DateOnly(2026, 10, 2));
            return await db.SaveChangesAsync();
        });

        var flagged = await head.GetPageAsync("/admin/family-links?Review=true");
        var detail = await head.GetPageAsync($"/admin/family-links/{id}");
        using var response = await PolicySteps.PostAsync(head, detail, $"/admin/family-links/{id}/end", [new("End.Reason", "PupilLeft"), new("End.Note", "Moved away.")]);
        var after = await head.GetPageAsync("/admin/family-links?Review=true");

        Assert.Contains("Pupil left: review", FamilyLinkSteps.Text(flagged, $"#declaration-{id}"), StringComparison.Ordinal);
        Assert.Contains("left the school on 02/10/2026", FamilyLinkSteps.Text(detail, "#review-warning"), StringComparison.Ordinal);
        Assert.Equal(DeclarationStatus.Ended, await factory.QueryAsync(db => db.FamilyLinkDeclarations.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        Assert.Null(after.QuerySelector($"#declaration-{id}"));
        var last = await factory.QueryAsync(db => db.FamilyLinkDeclarations.Where(d => d.Id == id).SelectMany(d => d.Steps).OrderByDescending(s => s.Id).Select(s => s.Text).FirstAsync());
        Assert.Equal("The pupil left the school: Moved away.", last);
    }

    [Fact]
    public async Task Register_Filters_ByStatusYearGroupAndAdult()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (first, _, firstId) = await FamilyLinkSteps.AdultAsync(factory, "Filter First");
        using var _f = first;
        var (second, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Filter Second");
        using var _s = second;
        var reception = await FamilyLinkSteps.AddPupilAsync(factory, "Filter Reception", "Filterclass R");
        var six = await FamilyLinkSteps.AddPupilAsync(factory, "Filter Six", "Filterclass 6");
        var a = await FamilyLinkSteps.DeclareAsync(first, "Filter Reception", reception);
        var b = await FamilyLinkSteps.DeclareAsync(second, "Filter Six", six);
        await FamilyLinkSteps.DiscussAsync(head, b);

        var byYear = await head.GetPageAsync("/admin/family-links?YearGroup=Filterclass%20R");
        var byAdult = await head.GetPageAsync($"/admin/family-links?Adult={firstId}");
        var byStatus = await head.GetPageAsync("/admin/family-links?Status=Discussed");

        Assert.Equal([$"declaration-{a}"], byYear.QuerySelectorAll("tbody tr").Select(r => r.Id));
        Assert.Equal([$"declaration-{a}"], byAdult.QuerySelectorAll("tbody tr").Select(r => r.Id));
        Assert.Contains($"declaration-{b}", byStatus.QuerySelectorAll("tbody tr").Select(r => r.Id));
        Assert.DoesNotContain($"declaration-{a}", byStatus.QuerySelectorAll("tbody tr").Select(r => r.Id));
        Assert.NotNull(byYear.QuerySelector("#YearGroup option[value='Filterclass 6']"));
    }

    [Fact]
    public async Task OwnDeclaration_Headteacher_CannotDecideIt()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var id = await FamilyLinkSteps.DeclareAsync(head, "Heads Own Child", null);

        var page = await head.GetPageAsync($"/admin/family-links/{id}");
        using var response = await FamilyLinkSteps.PostWithTokenAsync(head, $"/admin/family-links/{id}/discussion", new Dictionary<string, string>
        {
            ["Discussion.MeetingDay"] = "1",
            ["Discussion.MeetingMonth"] = "10",
            ["Discussion.MeetingYear"] = "2026",
            ["Discussion.Notes"] = "Discussed with myself",
        });

        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.Contains("nobody decides their own", FamilyLinkSteps.Text(page, ".govuk-inset-text"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DeclarationStatus.Submitted, await factory.QueryAsync(db => db.FamilyLinkDeclarations.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }
}
