using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>An adult reports a concern through the pages: references, receipts, drafts that keep what was typed,
/// evidence checked by content, and the external routes on every page.</summary>
public sealed class ReportingTests
{
    private static readonly string[] Details = ["Ola", "Office", "Sam Pupil", "pupil", "Contact", "Instagram", "Will"];

    [Fact]
    public async Task Report_AllSteps_GivesAReferenceAReceiptAndStatusReceived()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("reporter@report.example", "Rita Reporter");

        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling);

        Assert.Equal("RH-2026-0001", reference);
        var receipt = await reporter.GetPageAsync($"/concerns/{reference}");
        Assert.Equal(reference, receipt.QuerySelector("#reference")!.TextContent);
        Assert.Equal("Received", receipt.QuerySelector("#status")!.TextContent);
        Assert.Contains("Messages sent to a pupil late at night.", receipt.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var list = await reporter.GetPageAsync("/concerns");
        Assert.Contains(reference, list.QuerySelector("#reported")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Received", list.QuerySelector("#reported")!.TextContent, StringComparison.Ordinal);
        var reporterId = await factory.AdultIdAsync("reporter@report.example");
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(e =>
            e.Action == Domain.Audit.AuditAction.ConcernViewed && e.ConcernReference == reference && e.ActorAdultId == reporterId)));
    }

    [Fact]
    public async Task StepPages_Always_ShowTheLadoAndTheNspccLine()
    {
        await using var factory = new ConcernWebFactory();
        await factory.QueryAsync(async db =>
        {
            var settings = await db.SchoolSettings.SingleAsync();
            settings.LadoName = "Lee Ado";
            settings.LadoPhone = "01632 960000";
            return await db.SaveChangesAsync();
        });
        using var reporter = await factory.SignedInAdultAsync("routes@report.example", "Rhys Routes");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.Cyberbullying);

        foreach (var path in new[] { "/concerns", $"{draft}/category", $"{draft}/what-happened", $"{draft}/who", $"{draft}/evidence", $"{draft}/check" })
        {
            var text = (await reporter.GetPageAsync(path)).QuerySelector("main")!.TextContent;
            Assert.Contains("0800 028 0285", text, StringComparison.Ordinal);
            Assert.Contains("01632 960000", text, StringComparison.Ordinal);
        }

        var guidance = (await reporter.GetPageAsync($"{draft}/what-happened")).QuerySelector("#guidance")!.TextContent;
        Assert.Contains("screen prints", guidance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatHappened_MissingDescription_KeepsEverythingTypedAndSaysWhy()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("typo@report.example", "Tom Typo");
        var draft = await ConcernSteps.StartAsync(reporter);
        using (await ConcernSteps.StepAsync(reporter, draft, "category", new() { ["Category"] = nameof(ConcernCategory.Cyberbullying) }))
        {
        }

        using var refused = await ConcernSteps.StepAsync(reporter, draft, "what-happened", new()
        {
            ["Platform"] = "TikTok", ["Address"] = "https://example.org/v/1", ["HappenedDay"] = "31", ["HappenedMonth"] = "2", ["HappenedYear"] = "2026",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await TestBrowser.ParseAsync(refused);
        Assert.Equal(["Describe what happened", "The date it happened must be a real date, like 27 3 2026"], TestBrowser.Errors(page));
        Assert.Equal("TikTok", page.QuerySelector("#Platform")!.GetAttribute("value"));
        Assert.Equal("https://example.org/v/1", page.QuerySelector("#Address")!.GetAttribute("value"));
        Assert.Equal("31", page.QuerySelector("#HappenedDay")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Draft_LeftHalfWay_IsKeptAndListedToContinue()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("later@report.example", "Lena Later");
        var draft = await ConcernSteps.StartAsync(reporter);
        using (await ConcernSteps.StepAsync(reporter, draft, "category", new() { ["Category"] = nameof(ConcernCategory.ImagesPublished) }))
        {
        }

        var index = await reporter.GetPageAsync("/concerns");

        Assert.Contains("Images of pupils or the school published", index.QuerySelector("#drafts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(draft, index.QuerySelector("#drafts a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Draft_OfAnotherAdult_Answers404()
    {
        await using var factory = new ConcernWebFactory();
        using var owner = await factory.SignedInAdultAsync("owner@report.example", "Olive Owner");
        using var other = await factory.SignedInAdultAsync("other@report.example", "Otto Other");
        var draft = await ConcernSteps.WriteAsync(owner, ConcernCategory.Trolling);

        using var response = await other.GetAsync($"{draft}/check");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Receipt_OfAnotherAdult_Answers404()
    {
        await using var factory = new ConcernWebFactory();
        using var owner = await factory.SignedInAdultAsync("mine@report.example", "Mina Mine");
        using var other = await factory.SignedInAdultAsync("yours@report.example", "Yuri Yours");
        var reference = await ConcernSteps.ReportAsync(owner, ConcernCategory.Trolling);

        using var response = await other.GetAsync($"/concerns/{reference}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Send_Twice_MakesOneConcern()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("twice@report.example", "Tia Twice");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.Trolling);
        var token = (await reporter.GetPageAsync($"{draft}/check")).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var sends = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            using var response = await reporter.Client.PostAsync(new Uri($"{draft}/check", UriKind.Relative), content);
            return response.Headers.Location!.OriginalString;
        }));

        Assert.Single(sends.Distinct());
        Assert.Equal(1, await factory.QueryAsync(db => db.Concerns.CountAsync()));
    }

    [Fact]
    public async Task References_ConcurrentReports_AreSequentialAndUnique()
    {
        await using var factory = new ConcernWebFactory();
        var reporters = new List<TestBrowser>();
        var drafts = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var browser = await factory.SignedInAdultAsync($"busy{i}@report.example", $"Busy Reporter {i}");
            reporters.Add(browser);
            drafts.Add(await ConcernSteps.WriteAsync(browser, ConcernCategory.Other));
        }

        var references = await Task.WhenAll(reporters.Select((browser, i) => ConcernSteps.SendAsync(browser, drafts[i])));

        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"RH-2026-{n:D4}"), references.Order());
        foreach (var browser in reporters)
        {
            browser.Dispose();
        }
    }

    [Fact]
    public async Task Evidence_AcceptedTypes_StoredUnderRandomNamesWithTheirSha256()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("files@report.example", "Fay Files");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.Cyberbullying);
        var text = Encoding.UTF8.GetBytes("21:40 he wrote: see you after school\n");

        using var uploaded = await ConcernSteps.UploadAsync(reporter, draft, ("screenshot.png", ConcernSteps.Png), ("messages.txt", text));

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var reference = await ConcernSteps.SendAsync(reporter, draft);
        var stored = await factory.QueryAsync(db => db.Evidence.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["screenshot.png", "messages.txt"], stored.Select(e => e.FileName));
        Assert.Equal([EvidenceType.Png, EvidenceType.PlainText], stored.Select(e => e.Type));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(text)), stored[1].Sha256);
        Assert.All(stored, e => Assert.NotNull(e.ConcernId));
        Assert.All(stored, e => Assert.Matches("^[0-9a-f]{32}$", e.StoredName));
        Assert.Equal(text, await File.ReadAllBytesAsync(Path.Combine(factory.EvidenceFolder, stored[1].StoredName)));
        Assert.DoesNotContain("wwwroot", factory.EvidenceFolder, StringComparison.Ordinal);
        var receipt = (await reporter.GetPageAsync($"/concerns/{reference}")).QuerySelector("main")!.TextContent;
        Assert.Contains("screenshot.png", receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_ProgramNamedAsAnImage_IsRefusedClearlyAndTheRestKept()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("exe@report.example", "Ed Exe");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.Cyberbullying);

        using var refused = await ConcernSteps.UploadAsync(reporter, draft, ("holiday.png", [0x4D, 0x5A, 0x90, 0x00, 0x03]), ("real.png", ConcernSteps.Png));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await TestBrowser.ParseAsync(refused);
        Assert.Equal(["holiday.png is not a PNG, JPEG, GIF or WebP image, a PDF, a plain text file or a saved email (.eml): it was not added. The rest of your report is kept."], TestBrowser.Errors(page));
        Assert.Contains("real.png", page.QuerySelector("#evidence-files")!.TextContent, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(factory.EvidenceFolder));
        var check = (await reporter.GetPageAsync($"{draft}/check")).QuerySelector("main")!.TextContent;
        Assert.Contains("Messages sent to a pupil late at night.", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_LargerThanTheLimit_IsRefusedAndNotKept()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("big@report.example", "Bea Big");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.Cyberbullying);
        var big = new byte[(1024 * 1024) + 1];
        ConcernSteps.Png.CopyTo(big, 0);

        using var refused = await ConcernSteps.UploadAsync(reporter, draft, ("big.png", big));

        Assert.Equal(["big.png is larger than 1 MB: it was not added. The rest of your report is kept."], TestBrowser.Errors(await TestBrowser.ParseAsync(refused)));
        Assert.Empty(Directory.GetFiles(factory.EvidenceFolder));
        Assert.Equal(0, await factory.QueryAsync(db => db.Evidence.CountAsync()));
    }

    [Fact]
    public async Task Evidence_PostedWithoutTheAntiforgeryToken_Answers400AndKeepsNothing()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("csrf@report.example", "Cy Surf");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.Cyberbullying);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(ConcernSteps.Png), "Files", "a.png" } };

        using var response = await reporter.Client.PostAsync(new Uri($"{draft}/evidence", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Evidence.CountAsync()));
    }

    [Fact]
    public async Task IndecentImages_NoUploadControlAndAPostedFileIsRefusedUnwritten()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("iioc@report.example", "Ivy Icon");
        var draft = await ConcernSteps.WriteAsync(reporter, ConcernCategory.IndecentImagesOfChildren);

        var page = await reporter.GetPageAsync($"{draft}/evidence");
        using var posted = await ConcernSteps.UploadAsync(reporter, draft, ("image.png", ConcernSteps.Png));

        Assert.Null(page.QuerySelector("input[type=file]"));
        Assert.Contains("offence", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var refused = await TestBrowser.ParseAsync(posted);
        Assert.Contains("copying or possessing indecent images of children is an offence", Assert.Single(TestBrowser.Errors(refused)), StringComparison.Ordinal);
        Assert.False(Directory.Exists(factory.EvidenceFolder) && Directory.GetFiles(factory.EvidenceFolder).Length > 0);
        Assert.Equal(0, await factory.QueryAsync(db => db.Evidence.CountAsync()));
        var reference = await ConcernSteps.SendAsync(reporter, draft);
        var concern = await factory.QueryAsync(db => db.Concerns.SingleAsync(c => c.Reference == reference));
        Assert.True(concern.IsUrgent);
        Assert.Equal("The laptop is locked in the office.", concern.DeviceLocation);
    }

    [Fact]
    public async Task Report_Urgent_AlertsTheCaseManagerAndSafeguardingLeadWithNoDetails()
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@alert.example", "Hana Head", Roles.Headteacher);
        using var dsl = await factory.SignedInAdultAsync("dsl@alert.example", "Dev Dsl", Roles.SafeguardingLead);
        using var office = await factory.SignedInAdultAsync("office@alert.example", "Ola Office", Roles.Office);
        using var reporter = await factory.SignedInAdultAsync("worried@alert.example", "Will Worried");
        var subject = await factory.AdultIdAsync("office@alert.example");

        await ConcernSteps.ReportAsync(reporter, ConcernCategory.ContactWithPupil, subject);

        var messages = await factory.QueryAsync(db => db.OutboxMessages.ToListAsync());
        Assert.Equal(["dsl@alert.example", "head@alert.example"], messages.Select(m => m.To).Order());
        Assert.All(messages, m =>
        {
            Assert.Equal("A concern awaits you", m.Subject);
            foreach (var secret in Details)
            {
                Assert.DoesNotContain(secret, m.Body, StringComparison.OrdinalIgnoreCase);
            }
        });
    }

    [Fact]
    public async Task Report_AboutTheChair_DirectsTheReporterToTheLadoAndSendsNothing()
    {
        await using var factory = new ConcernWebFactory();
        using var chair = await factory.SignedInAdultAsync("chair@lado.example", "Cher Chair", Roles.ChairOfGovernors);
        using var reporter = await factory.SignedInAdultAsync("teacher@lado.example", "Tess Teacher");
        var draft = await ConcernSteps.StartAsync(reporter);
        using (await ConcernSteps.StepAsync(reporter, draft, "category", new() { ["Category"] = nameof(ConcernCategory.InappropriateContent) }))
        {
        }

        using (await ConcernSteps.StepAsync(reporter, draft, "what-happened", new() { ["Description"] = "Posts by the chair.", ["ChildAtRisk"] = "false" }))
        {
        }

        using var who = await ConcernSteps.StepAsync(reporter, draft, "who", new()
        {
            ["IsSelfReferral"] = "false",
            ["SubjectKind"] = nameof(SubjectKind.AdultOfSchool),
            ["SubjectAdultId"] = (await factory.AdultIdAsync("chair@lado.example")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal("Report this to the LADO", (await TestBrowser.ParseAsync(who)).QuerySelector("h1")!.TextContent);
        Assert.Null((await reporter.GetPageAsync($"{draft}/check")).QuerySelector($"main form[action='{draft}/check']"));
        Assert.Equal(0, await factory.QueryAsync(db => db.Concerns.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Report_AboutTheHeadteacherWithNoChairInThePortal_DirectsToTheLadoAndSavesNothing()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("reporter@nochair.example", "Rita Reporter");
        await factory.CreateAdultAsync("head@nochair.example", Domain.Staff.AdultCategory.TeachingStaff, [Domain.Staff.Roles.Headteacher], fullName: "Helen Head");
        var draft = await ConcernSteps.StartAsync(reporter);
        using (await ConcernSteps.StepAsync(reporter, draft, "category", new() { ["Category"] = nameof(ConcernCategory.InappropriateContent) }))
        {
        }

        using (await ConcernSteps.StepAsync(reporter, draft, "what-happened", new() { ["Description"] = "Posts by the head.", ["ChildAtRisk"] = "false" }))
        {
        }

        using var who = await ConcernSteps.StepAsync(reporter, draft, "who", new()
        {
            ["IsSelfReferral"] = "false",
            ["SubjectKind"] = nameof(SubjectKind.AdultOfSchool),
            ["SubjectAdultId"] = (await factory.AdultIdAsync("head@nochair.example")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal("Report this to the LADO", (await TestBrowser.ParseAsync(who)).QuerySelector("h1")!.TextContent);
        Assert.Equal(0, await factory.QueryAsync(db => db.Concerns.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Category_ChangedToIndecentImagesAfterUploading_RemovesTheFilesAndSendsNone()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("reporter@switch.example", "Rita Reporter");
        var draft = await ConcernSteps.StartAsync(reporter);
        using (await ConcernSteps.StepAsync(reporter, draft, "category", new() { ["Category"] = nameof(ConcernCategory.Cyberbullying) }))
        {
        }

        using (await ConcernSteps.UploadAsync(reporter, draft, ("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])))
        {
        }

        var storedBefore = Directory.GetFiles(factory.EvidenceFolder).Length;
        using var changed = await ConcernSteps.StepAsync(reporter, draft, "category", new() { ["Category"] = nameof(ConcernCategory.IndecentImagesOfChildren) });
        var next = await reporter.GetPageAsync(changed.Headers.Location!.OriginalString);

        Assert.Equal(1, storedBefore);
        Assert.Empty(Directory.GetFiles(factory.EvidenceFolder));
        Assert.Equal(0, await factory.QueryAsync(db => db.Evidence.CountAsync()));
        Assert.Contains("have been removed", next.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
    }
}
