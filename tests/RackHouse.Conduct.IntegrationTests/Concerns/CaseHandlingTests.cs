using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Audit;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>The case manager works a case through the pages: the queue, triage with a rationale, referrals, the
/// outcome and closing, addenda, evidence downloads, and the audit trail of all of it.</summary>
public sealed class CaseHandlingTests
{
    [Fact]
    public async Task Case_FromTriageToClosed_KeepsAnAppendOnlyChronologyAndTheReporterSeesTheStatus()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@case.example", "Holly Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@case.example", "Ray Reporter");
        using var subject = await factory.SignedInAdultAsync("subject@case.example", "Sol Subject");
        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Cyberbullying, await factory.AdultIdAsync("subject@case.example"));
        var path = $"/admin/concerns/{reference}";

        await Expect(head.SubmitAsync($"{path}/triage", new Dictionary<string, string> { ["Decision"] = nameof(ThresholdDecision.HarmThreshold), ["Rationale"] = "Messages suggest a relationship with a pupil." }));
        Assert.Equal("With the case manager", (await reporter.GetPageAsync($"/concerns/{reference}")).QuerySelector("#status")!.TextContent);
        await Expect(head.SubmitAsync($"{path}/referrals", new Dictionary<string, string>
        {
            ["Type"] = nameof(ReferralType.Lado), ["ReferredDay"] = "23", ["ReferredMonth"] = "11", ["ReferredYear"] = "2026", ["ExternalReference"] = "LADO-1", ["Advice"] = "Investigate internally.",
        }));
        await Expect(head.PostAsync($"{path}/investigate", path));
        await Expect(head.SubmitAsync($"{path}/notes", new Dictionary<string, string> { ["Text"] = "Met the adult with their union rep." }));
        await Expect(head.SubmitAsync($"{path}/outcome", new Dictionary<string, string> { ["Outcome"] = nameof(ConcernOutcome.Unsubstantiated), ["Reasons"] = "No corroborating evidence." }));
        await Expect(head.SubmitAsync($"{path}/close", new Dictionary<string, string> { ["Summary"] = "Closed on the LADO's advice.", ["LessonsLearned"] = "Remind staff of the protocol." }));

        var page = await head.GetPageAsync(path);
        Assert.Equal("Closed", page.QuerySelector("#case-status")!.TextContent);
        var chronology = page.QuerySelector("#chronology")!.TextContent;
        foreach (var text in new[] { "Decision: Harm threshold met", "Referral: LADO on 23/11/2026, their reference LADO-1", "Met the adult with their union rep.", "Outcome: Unsubstantiated", "Lessons learned: Remind staff of the protocol." })
        {
            Assert.Contains(text, chronology, StringComparison.Ordinal);
        }

        Assert.Equal("Closed", (await reporter.GetPageAsync($"/concerns/{reference}")).QuerySelector("#status")!.TextContent);
        Assert.DoesNotContain("union rep", (await reporter.GetPageAsync($"/concerns/{reference}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.ConcernReference == reference).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        // The reporter's readings of their receipt are views too: after the triage and twice at the end.
        Assert.Equal(
            [AuditAction.ConcernSubmitted, AuditAction.CaseManagerAssigned, AuditAction.DecisionRecorded, AuditAction.ConcernViewed, AuditAction.ReferralRecorded,
             AuditAction.ConcernViewed, AuditAction.InvestigationStarted, AuditAction.NoteAdded, AuditAction.OutcomeRecorded, AuditAction.ConcernClosed,
             AuditAction.ConcernViewed, AuditAction.ConcernViewed, AuditAction.ConcernViewed],
            actions);
        Assert.Equal(HttpStatusCode.Forbidden, (await subject.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Triage_WithoutRationale_RefusesAndKeepsTheChoice()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@rationale.example", "Hana Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@rationale.example", "Rob Reporter");
        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling);

        using var refused = await head.SubmitAsync($"/admin/concerns/{reference}/triage", new Dictionary<string, string> { ["Decision"] = nameof(ThresholdDecision.NotAConcern), ["Rationale"] = " " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await TestBrowser.ParseAsync(refused);
        Assert.Equal(["Give the rationale for the decision, including a decision not to refer"], TestBrowser.Errors(page));
        Assert.NotNull(page.QuerySelector("input[value=NotAConcern][checked]"));
        Assert.Equal(ConcernStatus.New, await factory.StatusAsync(reference));
    }

    [Fact]
    public async Task Reclassify_AddsADecisionAndKeepsTheFirst()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@reclass.example", "Hattie Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@reclass.example", "Rex Reporter");
        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling);

        await Expect(head.SubmitAsync($"/admin/concerns/{reference}/triage", new Dictionary<string, string> { ["Decision"] = nameof(ThresholdDecision.LowLevelConcern), ["Rationale"] = "First view." }));
        await Expect(head.SubmitAsync($"/admin/concerns/{reference}/triage", new Dictionary<string, string> { ["Decision"] = nameof(ThresholdDecision.ConductMatter), ["Rationale"] = "Second view." }));

        var decisions = await factory.QueryAsync(db => db.ChronologyEntries.Where(e => e.Kind == ChronologyEntryKind.Decision).OrderBy(e => e.Id).Select(e => e.Text).ToListAsync());
        Assert.Equal(["First view.", "Second view."], decisions);
    }

    [Fact]
    public async Task Outcome_FromTheOtherSet_IsRefused()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@outcome.example", "Hera Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@outcome.example", "Rae Reporter");
        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling);
        await Expect(head.SubmitAsync($"/admin/concerns/{reference}/triage", new Dictionary<string, string> { ["Decision"] = nameof(ThresholdDecision.ConductMatter), ["Rationale"] = "Conduct." }));

        var form = await head.GetPageAsync($"/admin/concerns/{reference}/outcome");
        using var refused = await head.SubmitAsync(form, new Dictionary<string, string> { ["Outcome"] = nameof(ConcernOutcome.Malicious), ["Reasons"] = "Why." });

        Assert.Null(form.QuerySelector("input[value=Malicious]"));
        Assert.Equal(["This outcome is for allegations only."], TestBrowser.Errors(await TestBrowser.ParseAsync(refused)));
        Assert.Equal(ConcernStatus.Triaged, await factory.StatusAsync(reference));
    }

    [Fact]
    public async Task Addendum_AfterClosing_IsAddedAndTheEntryStaysAsItWas()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@addendum.example", "Hugo Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@addendum.example", "Rina Reporter");
        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling);
        var path = $"/admin/concerns/{reference}";
        await Expect(head.SubmitAsync($"{path}/notes", new Dictionary<string, string> { ["Text"] = "Spoke to Mr Smith." }));
        var noteId = await factory.QueryAsync(db => db.ChronologyEntries.Where(e => e.Kind == ChronologyEntryKind.Note).Select(e => e.Id).SingleAsync());

        await Expect(head.SubmitAsync($"{path}/addenda?entry={noteId}", new Dictionary<string, string> { ["EntryId"] = noteId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Text"] = "It was Mrs Smith." }));

        var entries = await factory.QueryAsync(db => db.ChronologyEntries.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal("Spoke to Mr Smith.", entries.Single(e => e.Id == noteId).Text);
        Assert.Equal(noteId, entries.Single(e => e.Kind == ChronologyEntryKind.Addendum).AmendsEntryId);
    }

    [Fact]
    public async Task Evidence_Download_IsAnAttachmentWithNosniffAndAudited()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@download.example", "Hal Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@download.example", "Ria Reporter");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.Cyberbullying);
        using (await ConcernSteps.UploadAsync(reporter, draft, ("shot.png", ConcernSteps.Png)))
        {
        }

        var reference = await ConcernSteps.SendAsync(reporter, draft);
        var evidenceId = await factory.QueryAsync(db => db.Evidence.Select(e => e.Id).SingleAsync());

        using var download = await head.GetAsync($"/admin/concerns/{reference}/evidence/{evidenceId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("shot.png", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(ConcernSteps.Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.EvidenceDownloaded)));
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/admin/concerns/{reference}/evidence/{evidenceId}")).StatusCode);
    }

    [Fact]
    public async Task Evidence_ChangedOnDisk_IsRefusedAndAudited()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@tamper.example", "Hector Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@tamper.example", "Rue Reporter");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.Cyberbullying);
        using (await ConcernSteps.UploadAsync(reporter, draft, ("shot.png", ConcernSteps.Png)))
        {
        }

        var reference = await ConcernSteps.SendAsync(reporter, draft);
        var evidence = await factory.QueryAsync(db => db.Evidence.SingleAsync());
        await File.AppendAllTextAsync(Path.Combine(factory.EvidenceFolder, evidence.StoredName), "tampered");

        using var download = await head.GetAsync($"/admin/concerns/{reference}/evidence/{evidence.Id}");

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Null(download.Content.Headers.ContentDisposition);
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.EvidenceRefused)));
    }

    [Fact]
    public async Task LowLevelConcerns_AboutOneAdult_AreShownTogether()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@pattern.example", "Heidi Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@pattern.example", "Reg Reporter");
        using var subject = await factory.SignedInAdultAsync("subject@pattern.example", "Pat Pattern");
        var subjectId = await factory.AdultIdAsync("subject@pattern.example");
        var references = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.InappropriateContent, subjectId);
            references.Add(reference);
            var decision = i < 2 ? ThresholdDecision.LowLevelConcern : ThresholdDecision.NotAConcern;
            await Expect(head.SubmitAsync($"/admin/concerns/{reference}/triage", new Dictionary<string, string> { ["Decision"] = decision.ToString(), ["Rationale"] = "Seen." }));
        }

        var page = await head.GetPageAsync($"/admin/concerns/adults/{subjectId}");
        var table = page.QuerySelector("#low-level")!.TextContent;

        Assert.Contains(references[0], table, StringComparison.Ordinal);
        Assert.Contains(references[1], table, StringComparison.Ordinal);
        Assert.DoesNotContain(references[2], table, StringComparison.Ordinal);
        var subjectsView = await subject.GetAsync($"/admin/concerns/adults/{subjectId}");
        Assert.Equal(HttpStatusCode.Forbidden, subjectsView.StatusCode);
    }

    [Fact]
    public async Task AuditTrail_CaseManagerReadsItAndTheSafeguardingLeadDoesNot()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@trail.example", "Hope Head", Roles.Headteacher);
        using var dsl = await factory.SignedInAdultAsync("dsl@trail.example", "Dion Dsl", Roles.SafeguardingLead);
        using var reporter = await factory.SignedInAdultAsync("reporter@trail.example", "Roy Reporter");
        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.ContactWithPupil);
        using (await dsl.GetAsync($"/admin/concerns/{reference}"))
        {
        }

        var trail = await head.GetPageAsync($"/admin/concerns/{reference}/audit");

        var text = trail.QuerySelector("#audit")!.TextContent;
        Assert.Contains("ConcernSubmitted", text, StringComparison.Ordinal);
        Assert.Contains("ConcernViewed", text, StringComparison.Ordinal);
        Assert.Contains("Dion Dsl", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await dsl.GetAsync($"/admin/concerns/{reference}/audit")).StatusCode);
    }

    [Fact]
    public async Task Queue_UrgentFirstThenOldest_WithOverdueFlags()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@queue.example", "Hilda Head", Roles.Headteacher);
        using var reporter = await factory.SignedInAdultAsync("reporter@queue.example", "Rufus Reporter");
        var oldest = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var urgent = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Extremism);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var newest = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Other);

        var sameDay = await head.GetPageAsync("/admin/concerns");
        // Into Tuesday in London, visiting on the way so the sliding sign-in stays alive.
        factory.Clock.Advance(TimeSpan.FromHours(7));
        await head.GetPageAsync("/admin/concerns");
        factory.Clock.Advance(TimeSpan.FromHours(7));
        var nextDay = await head.GetPageAsync("/admin/concerns");

        Assert.Equal([urgent, oldest, newest], sameDay.QuerySelectorAll("#queue tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Empty(sameDay.QuerySelectorAll("#queue .govuk-tag--orange"));
        var flagged = nextDay.QuerySelectorAll("#queue tbody tr").Where(tr => tr.TextContent.Contains("Triage overdue", StringComparison.Ordinal)).Select(tr => tr.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal([urgent], flagged);
    }

    private static async Task Expect(Task<HttpResponseMessage> action)
    {
        using var response = await action;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"answered {(int)response.StatusCode}: {string.Join("; ", TestBrowser.Errors(await TestBrowser.ParseAsync(response)))}");
    }
}
