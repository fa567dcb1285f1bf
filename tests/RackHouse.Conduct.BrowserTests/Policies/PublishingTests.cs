using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Policies;

/// <summary>The Headteacher drafts a new version of a policy with a live preview, compares it with the current one and
/// publishes it for everyone to acknowledge again. It works on a policy of its own, added for the test, so the Social
/// Media Policy that other tests acknowledge stays at version 1.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class PublishingTests(Portal portal)
{
    private const string NewSentence = "Staff keep their phones out of sight in classrooms.";

    private static readonly string[] OwedStatuses = ["Outstanding", "New starter, due"];

    [Fact]
    public async Task PublishNewVersion_RequiringEveryoneAgain_ShowsComparisonFingerprintAndEveryoneOutstanding()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var page = await context.NewPageAsync();
        var title = PolicyAuthoring.UniqueTitle("Staff Code of Conduct");
        var policyId = await PolicyAuthoring.AddAsync(page, title);
        await PolicyAuthoring.PublishFirstVersionAsync(page, policyId);

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Policies" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Draft a new version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Draft version 2", Exact = true })).ToBeVisibleAsync();

        // Typed, not saved: only the page's script, allowed by the portal's CSP, can bring the words into the preview.
        var preview = page.Locator("#policy-preview");
        await Assertions.Expect(preview).Not.ToContainTextAsync(NewSentence);
        var text = page.GetByLabel("Text (Markdown)");
        await text.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\n" + NewSentence);
        await Assertions.Expect(preview.GetByText(NewSentence)).ToBeVisibleAsync();
        await page.GetByLabel("What has changed (optional)").FillAsync("Phones in classrooms.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Version 2 has been saved as a draft");

        await page.GetByRole(AriaRole.Link, new() { Name = "Compare and publish" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publish version 2");
        var comparison = page.GetByRole(AriaRole.Region, new() { Name = "Changes word by word" });
        await Assertions.Expect(comparison.Locator("ins")).ToHaveCountAsync(1);
        await Assertions.Expect(comparison.Locator("ins")).ToContainTextAsync(NewSentence);
        await Assertions.Expect(comparison.Locator("del")).ToHaveCountAsync(0);

        var day = page.GetByLabel("Day", new() { Exact = true });
        await Assertions.Expect(day).ToBeHiddenAsync();
        await page.GetByLabel("Yes, everyone acknowledges it again").CheckAsync();
        await Assertions.Expect(day).ToBeVisibleAsync();
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        await day.FillAsync(deadline.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(deadline.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(deadline.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();

        await page.WaitForURLAsync($"**/admin/policies/{policyId}/versions/2");
        var ukDeadline = deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Version 2 is published. Everyone has been emailed to acknowledge it by {ukDeadline}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Version 2", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Value(page, "Fingerprint (SHA-256)")).ToHaveTextAsync(Sha256Hex());
        await Assertions.Expect(Value(page, "Everyone acknowledges again")).ToHaveTextAsync($"Yes, by {ukDeadline}");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Changes word by word" }).Locator("ins")).ToContainTextAsync(NewSentence);

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Acknowledgement register" }).ClickAsync();
        await page.GetByLabel("Policy", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = title });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"{title}, version 2. Everyone must acknowledge it by {ukDeadline} (version 2 or later)")).ToBeVisibleAsync();
        await Assertions.Expect(Value(page, "Acknowledged")).ToHaveTextAsync("0");
        await Assertions.Expect(Value(page, "Overdue")).ToHaveTextAsync("0");
        var adults = int.Parse(await Value(page, "Adults at the school").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(adults > 30, $"the demo school has about 40 adults, the register counts {adults}");
        var statuses = await page.Locator("table tbody .govuk-tag").AllInnerTextsAsync();
        Assert.Equal(adults, statuses.Count);
        Assert.All(statuses, status => Assert.Contains(status, OwedStatuses));
    }

    /// <summary>The value beside a key in a summary list.</summary>
    private static ILocator Value(IPage page, string key) =>
        page.Locator("dt", new() { HasTextRegex = new Regex($"^{Regex.Escape(key)}$") }).Locator("xpath=following-sibling::dd");

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
