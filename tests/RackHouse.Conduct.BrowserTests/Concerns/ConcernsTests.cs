using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Concerns;

/// <summary>Reporting a concern on a phone with a screenshot, the Headteacher working it to a close, and a concern
/// about the Headteacher reaching the chair and never the Headteacher; axe checks every page on the way.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class ConcernsTests(Portal portal)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 667 };

    private static readonly byte[] Screenshot = Convert.FromHexString(
        "89504E470D0A1A0A0000000D4948445200000001000000010806000000" + "1F15C4890000000D49444154789C6360000002000001E221BC330000000049454E44AE426082");

    [Fact]
    public async Task Cyberbullying_ReportedOnAPhoneWithAScreenshot_HeadteacherTriagesRefersAndCloses()
    {
        await using var teacherContext = await portal.NewSignedInContextAsync(Portal.Teacher, Phone);
        var page = await teacherContext.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Report a concern" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "0800 028 0285" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a report" }).ClickAsync();

        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Select what the concern is about" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Cyberbullying" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator("#guidance")).ToContainTextAsync("Take screen prints");
        await page.GetByLabel("Describe what happened").FillAsync("A parent's account posted insults about a teaching assistant under the class photo.");
        await page.GetByLabel("Platform or app (if any)").FillAsync("Facebook");
        await page.GetByLabel("Web address or location").FillAsync("https://facebook.example/posts/123");
        await page.Locator("#HappenedDay").FillAsync("20");
        await page.Locator("#HappenedMonth").FillAsync("11");
        await page.Locator("#HappenedYear").FillAsync("2026");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "A parent or carer" }).CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "insults.png", MimeType = "image/png", Buffer = Screenshot });
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your report");
        await Assertions.Expect(page.GetByText("insults.png")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Report sent");
        var reference = (await page.Locator("#reference").TextContentAsync())!;
        Assert.Matches(ReferencePattern(), reference);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Received");
        await Axe.AssertNoViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page);

        await using var headContext = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var head = await headContext.NewPageAsync();
        await head.GotoAsync("/admin/concerns");
        await Axe.AssertNoViolationsAsync(head);
        await head.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Case {reference}");
        await Axe.AssertNoViolationsAsync(head);
        var download = await head.RunAndWaitForDownloadAsync(() => head.GetByRole(AriaRole.Link, new() { Name = "insults.png" }).ClickAsync());
        Assert.Equal("insults.png", download.SuggestedFilename);

        await head.GetByRole(AriaRole.Link, new() { Name = "Triage" }).ClickAsync();
        await head.GetByLabel("Harm threshold met: an allegation for the LADO").CheckAsync();
        await head.GetByLabel("Rationale").FillAsync("A public campaign against a member of staff by a parent: refer to the LADO for advice.");
        await Axe.AssertNoViolationsAsync(head);
        await head.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await head.GetByRole(AriaRole.Link, new() { Name = "Record a referral" }).ClickAsync();
        await head.GetByLabel("LADO", new() { Exact = true }).CheckAsync();
        await head.Locator("#ReferredDay").FillAsync("23");
        await head.Locator("#ReferredMonth").FillAsync("11");
        await head.Locator("#ReferredYear").FillAsync("2026");
        await head.GetByLabel("Advice given").FillAsync("Not an allegation about conduct towards children; support the member of staff.");
        await Axe.AssertNoViolationsAsync(head);
        await head.GetByRole(AriaRole.Button, new() { Name = "Record the referral" }).ClickAsync();

        await head.GetByRole(AriaRole.Link, new() { Name = "Record the outcome" }).ClickAsync();
        await head.GetByLabel("Unfounded").CheckAsync();
        await head.GetByLabel("Reasons").FillAsync("The posts were about a parent's dispute, not the member of staff's conduct.");
        await head.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();

        await head.GetByRole(AriaRole.Link, new() { Name = "Close the case" }).ClickAsync();
        await head.GetByLabel("Summary").FillAsync("Referred to the LADO, who advised support; posts reported to the platform.");
        await head.GetByRole(AriaRole.Button, new() { Name = "Close the case" }).ClickAsync();

        await Assertions.Expect(head.Locator("#case-status")).ToHaveTextAsync("Closed");
        await Assertions.Expect(head.Locator("#chronology")).ToContainTextAsync("Referral: LADO on 23/11/2026");
        await Axe.AssertNoViolationsAsync(head);
        await head.GetByRole(AriaRole.Link, new() { Name = "Audit trail of this case" }).ClickAsync();
        await Assertions.Expect(head.Locator("#audit")).ToContainTextAsync("EvidenceDownloaded");
        await Axe.AssertNoViolationsAsync(head);

        await page.GotoAsync("/concerns");
        await Assertions.Expect(page.Locator("#reported")).ToContainTextAsync("Closed");
    }

    [Fact]
    public async Task ConcernAboutTheHeadteacher_ReachesTheChairAndNeverTheHeadteacher()
    {
        await using var volunteerContext = await portal.NewSignedInContextAsync("volunteer");
        var page = await volunteerContext.NewPageAsync();
        await page.GotoAsync("/concerns");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a report" }).ClickAsync();
        await page.GetByLabel("Inappropriate or derogatory content posted by an adult").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Describe what happened").FillAsync("Comments about pupils' families on a personal account.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "An adult of the school" }).CheckAsync();
        await page.GetByLabel("If it is an adult of the school, who?").SelectOptionAsync(new SelectOptionValue { Label = "Helen Marsh (Headteacher)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        var reference = (await page.Locator("#reference").TextContentAsync())!;

        await using var chairContext = await portal.NewContextAsync();
        var chair = await chairContext.NewPageAsync();
        await Portal.SignInAsync(chair, "chair");
        await portal.EnterTwoFactorCodeAsync(chair, "chair");
        await chair.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Case files" }).ClickAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Case {reference}");
        await Assertions.Expect(chair.Locator("#report")).ToContainTextAsync("Chair of governors");

        await using var headContext = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var head = await headContext.NewPageAsync();
        await head.GotoAsync($"/admin/concerns?search={reference}");
        await Assertions.Expect(head.Locator("#count")).ToContainTextAsync("0 concerns");
        await head.GotoAsync("/admin/concerns");
        Assert.DoesNotContain(reference, await head.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        var direct = await head.GotoAsync($"/admin/concerns/{reference}");
        Assert.Equal(404, direct!.Status);
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]}px wide in a {widths[1]}px window");
    }

    [GeneratedRegex("^RH-\\d{4}-\\d{4}$")]
    private static partial Regex ReferencePattern();
}
