using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data.Seeding;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>An adult sees what they owe, reads the policy with its contents list, confirms each statement and gets a
/// receipt; Home and their history then show it done.</summary>
public sealed class AcknowledgingTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    private const string Due = "Due by 19/10/2026";

    /// <summary>The held clock's 09:00 UTC, in London's summer time.</summary>
    private const string AcknowledgedAt = "05/10/2026 10:00";

    [Fact]
    public async Task PoliciesAndHome_AdultWhoHasNotAcknowledged_ShowTheDeadline()
    {
        using var browser = await factory.SignedInAdultAsync("owes@ack.example");
        var policyId = await factory.PolicyIdAsync();

        var policies = await browser.GetPageAsync("/policies");
        var home = await browser.GetPageAsync("/");

        Assert.Equal("Social Media Policy", policies.QuerySelector($"main a[href='/policies/{policyId}']")!.TextContent.Trim());
        Assert.Equal(Due, policies.QuerySelector($"#policy-{policyId}-status")!.TextContent.Trim());
        var task = home.QuerySelectorAll(".govuk-task-list__item").Single(item => item.QuerySelector($"a[href='/policies/{policyId}']") is not null);
        Assert.Equal("Read and acknowledge the Social Media Policy", task.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal(Due, task.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("by 19/10/2026", task.QuerySelector(".govuk-task-list__hint")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(home.QuerySelectorAll("main h2"), h => h.TextContent.Trim() == "Done this academic year");
    }

    [Fact]
    public async Task Read_Policy_HasAContentsListLinkingToEachSection()
    {
        using var browser = await factory.SignedInAdultAsync("contents@ack.example");

        var page = await browser.GetPageAsync($"/policies/{await factory.PolicyIdAsync()}");

        var links = page.QuerySelectorAll("nav.rh-contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(
            [
                "#scope-and-definitions", "#key-principles", "#roles-and-responsibilities", "#responsibilities-when-using-social-media",
                "#access-to-inappropriate-images", "#school-social-media-websites", "#cyberbullying-and-trolling", "#the-prevent-duty",
                "#breaches-of-policy-and-other-issues",
            ],
            links);
        Assert.All(links, link => Assert.Equal("H3", page.GetElementById(link[1..])?.TagName));
        Assert.Equal("Scope and definitions", page.QuerySelector("nav.rh-contents a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Acknowledge_SomeStatementsUnticked_ListsEachMissingOneInOrderAndKeepsTheTickedOnes()
    {
        using var browser = await factory.SignedInAdultAsync("partly@ack.example");
        var policyId = await factory.PolicyIdAsync();

        using var response = await PolicySteps.AcknowledgeAsync(browser, policyId, ["prevent", "read"]);
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            new[] { AcknowledgementStatements.PersonalAndSchoolUse, AcknowledgementStatements.Monitoring, AcknowledgementStatements.TeachersStandards, AcknowledgementStatements.FamilyLinks }
                .Select(s => $"Confirm that: {s.Text}"),
            TestBrowser.Errors(page));
        Assert.Equal(
            ["#confirm-scope", "#confirm-monitoring", "#confirm-teachers-standards", "#confirm-family-links"],
            page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["read", "prevent"], PolicySteps.Ticked(page));
        Assert.NotNull(page.QuerySelector("#confirm-monitoring-error"));
        var adultId = await factory.AdultIdAsync("partly@ack.example");
        Assert.False(await factory.QueryAsync(db => db.Acknowledgements.AnyAsync(a => a.AdultId == adultId)));
    }

    [Fact]
    public async Task Read_TeacherAndVolunteer_OnlyTheTeacherConfirmsTheTeachersStandards()
    {
        using var teacher = await factory.SignedInAdultAsync("teacher@ack.example", AdultCategory.TeachingStaff);
        using var trainee = await factory.SignedInAdultAsync("trainee@ack.example", AdultCategory.TraineeTeacher);
        using var volunteer = await factory.SignedInAdultAsync("volunteer@ack.example", AdultCategory.Volunteer);
        var path = $"/policies/{await factory.PolicyIdAsync()}";

        var teacherPage = await teacher.GetPageAsync(path);

        Assert.Equal(PolicySteps.TeacherStatements, PolicySteps.Offered(teacherPage));
        Assert.Equal(PolicySteps.TeacherStatements, PolicySteps.Offered(await trainee.GetPageAsync(path)));
        Assert.Equal(PolicySteps.VolunteerStatements, PolicySteps.Offered(await volunteer.GetPageAsync(path)));
        Assert.Equal(AcknowledgementStatements.TeachersStandards.Text, teacherPage.QuerySelector("label[for=confirm-teachers-standards]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Acknowledge_VolunteerConfirmsTheirStatements_IsRecordedWithoutTheTeachersStandards()
    {
        using var volunteer = await factory.SignedInAdultAsync("volunteer.done@ack.example", AdultCategory.Volunteer);

        using var response = await PolicySteps.AcknowledgeAsync(volunteer, await factory.PolicyIdAsync(), PolicySteps.VolunteerStatements);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var adultId = await factory.AdultIdAsync("volunteer.done@ack.example");
        var acknowledgement = await factory.QueryAsync(db => db.Acknowledgements.AsNoTracking().SingleAsync(a => a.AdultId == adultId));
        Assert.DoesNotContain(AcknowledgementStatements.TeachersStandards.Text, acknowledgement.Statements, StringComparison.Ordinal);
        Assert.Equal(5, acknowledgement.StatementLines.Count);
    }

    [Fact]
    public async Task Acknowledge_EveryStatement_RecordsOneAcknowledgementAndShowsTheReceipt()
    {
        using var browser = await factory.SignedInAdultAsync("whole@ack.example", AdultCategory.TeachingStaff);
        var policyId = await factory.PolicyIdAsync();
        var adultId = await factory.AdultIdAsync("whole@ack.example");
        var versionId = await factory.VersionIdAsync(policyId, 1);
        var shown = await browser.GetPageAsync($"/policies/{policyId}");

        using var response = await PolicySteps.SubmitAcknowledgementAsync(browser, shown, policyId, PolicySteps.TeacherStatements);

        var acknowledgement = await factory.QueryAsync(db => db.Acknowledgements.AsNoTracking().SingleAsync(a => a.AdultId == adultId));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/policies/acknowledgements/{acknowledgement.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(versionId, acknowledgement.PolicyVersionId);
        Assert.Equal(2026, acknowledgement.AcademicYearStart);

        var receipt = await browser.GetPageAsync(response.Headers.Location!.OriginalString);
        var rows = PolicySteps.SummaryList(receipt);
        var shownText = SocialMediaPolicySeed.Markdown.ReplaceLineEndings("\n").Replace(PolicyText.SchoolNameField, PolicyWebFactory.SchoolName, StringComparison.Ordinal);
        Assert.Equal("Social Media Policy", rows["Policy"]);
        Assert.Equal("1", rows["Version"]);
        Assert.Equal("2026 to 2027", rows["Academic year"]);
        Assert.Equal(AcknowledgedAt, rows["Acknowledged"]);
        Assert.Equal(
            new[] { AcknowledgementStatements.ReadAndUnderstood, AcknowledgementStatements.PersonalAndSchoolUse, AcknowledgementStatements.Monitoring, AcknowledgementStatements.Prevent, AcknowledgementStatements.TeachersStandards, AcknowledgementStatements.FamilyLinks }
                .Select(s => s.Text),
            receipt.QuerySelectorAll(".govuk-summary-list__value li").Select(li => li.TextContent.Trim()));
        Assert.Equal(PolicySteps.Sha256(shownText), rows["Fingerprint of the text you read"]);
        Assert.Equal(PolicySteps.Sha256(SocialMediaPolicySeed.Markdown.ReplaceLineEndings("\n")), rows["Fingerprint of the published version"]);
        Assert.Equal(PolicySteps.Sha256(shownText), acknowledgement.TextSha256);
    }

    [Fact]
    public async Task HomeAndHistory_AfterAcknowledging_ShowItDone()
    {
        using var browser = await factory.SignedInAdultAsync("after@ack.example");
        var policyId = await factory.PolicyIdAsync();
        using var response = await PolicySteps.AcknowledgeAsync(browser, policyId, PolicySteps.TeacherStatements);
        var receipt = response.Headers.Location!.OriginalString;
        var when = AcknowledgedAt;

        var home = await browser.GetPageAsync("/");
        var policies = await browser.GetPageAsync("/policies");
        var history = await browser.GetPageAsync("/policies/history");
        var read = await browser.GetPageAsync($"/policies/{policyId}");

        Assert.Contains(home.QuerySelectorAll("main h2"), h => h.TextContent.Trim() == "Done this academic year");
        Assert.Empty(home.QuerySelectorAll($".govuk-task-list a[href='/policies/{policyId}']"));
        Assert.NotNull(home.QuerySelector($"main a[href='{receipt}']"));
        Assert.Contains($"(version 1) on {when}", home.QuerySelector("main ul.govuk-list li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Acknowledged", policies.QuerySelector($"#policy-{policyId}-status")!.TextContent.Trim());
        var row = Assert.Single(history.QuerySelectorAll("main tbody tr"));
        Assert.Equal(
            ["Social Media Policy, version 1", "2026 to 2027", when],
            row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()));
        Assert.Equal(receipt, row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(read.QuerySelector("form#acknowledge"));
        Assert.NotNull(read.QuerySelector($".govuk-inset-text a[href='{receipt}']"));
    }

    [Fact]
    public async Task Acknowledge_NewerVersionPublishedWhileReading_AsksToReadItAndRecordsNothing()
    {
        await using var own = new PolicyWebFactory();
        using var browser = await own.SignedInAdultAsync("reading@ack.example");
        var policyId = await own.PolicyIdAsync();
        var outdated = await browser.GetPageAsync($"/policies/{policyId}");
        await own.PublishVersionAsync(policyId, "# {{SchoolName}}: Social Media Policy\n\nA corrected text.", requiresReacknowledgement: false, reacknowledgeBy: null);

        using var response = await PolicySteps.SubmitAcknowledgementAsync(browser, outdated, policyId, PolicySteps.TeacherStatements);
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["A new version of this policy was published while you were reading it. Read this version, then confirm each statement again"],
            TestBrowser.Errors(page));
        Assert.StartsWith("Version 2,", page.QuerySelector(".govuk-caption-l")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal((await own.VersionIdAsync(policyId, 2)).ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name=VersionId]")!.GetAttribute("value"));
        Assert.Empty(PolicySteps.Ticked(page));
        Assert.False(await own.QueryAsync(db => db.Acknowledgements.AnyAsync()));
    }
}
