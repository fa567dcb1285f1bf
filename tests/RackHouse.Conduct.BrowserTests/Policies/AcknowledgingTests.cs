using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Policies;

/// <summary>An adult reads the Social Media Policy and acknowledges it, statement by statement. Each test signs in as a
/// demo adult no other test signs in as, so it meets the policy unacknowledged whatever order the tests run in.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class AcknowledgingTests(Portal portal)
{
    private const string Volunteer = "volunteer";
    private const string Governor = "governor";

    /// <summary>What a volunteer confirms: everything but the Teachers' Standards.</summary>
    private static readonly string[] VolunteerStatements =
    [
        "I have read the whole of this policy and I understand it.",
        "I understand that the policy covers my personal use of social media as well as its use for school purposes, in my working time and in my own time.",
        "I understand that by using the school's IT resources and facilities I consent to the school monitoring my use of them.",
        "I am aware of the Prevent duty and of the risks posed by the online activity of extremist and terrorist groups.",
        "I have declared to the Headteacher any family relationship I have with a pupil at the school.",
    ];

    [Fact]
    public async Task Acknowledge_EveryStatementTicked_ShowsReceiptAndHomeListsItDone()
    {
        await using var context = await portal.NewSignedInContextAsync(Volunteer);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Policies" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Social Media Policy" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Social Media Policy", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" }).GetByRole(AriaRole.Link, new() { Name = "The Prevent Duty" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#the-prevent-duty$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = "The Prevent Duty" })).ToBeInViewportAsync();

        var statements = page.GetByRole(AriaRole.Group, new() { Name = "Acknowledge this policy" }).GetByRole(AriaRole.Checkbox);
        await Assertions.Expect(statements).ToHaveCountAsync(VolunteerStatements.Length);
        foreach (var statement in VolunteerStatements)
        {
            await page.GetByLabel(statement).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the policy" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Policy acknowledged");
        await Assertions.Expect(page.GetByText("Social Media Policy, version 1")).ToBeVisibleAsync();
        var fingerprint = page.Locator("dt", new() { HasText = "Fingerprint of the text you read" }).Locator("xpath=following-sibling::dd");
        await Assertions.Expect(fingerprint).ToHaveTextAsync(Sha256Hex());
        foreach (var statement in VolunteerStatements)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = statement })).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your home page" }).ClickAsync();
        var done = page.GetByRole(AriaRole.Heading, new() { Name = "Done this academic year" });
        await Assertions.Expect(done).ToBeVisibleAsync();
        var doneList = done.Locator("xpath=following-sibling::ul[1]");
        await Assertions.Expect(doneList).ToContainTextAsync("You have acknowledged the Social Media Policy (version 1)");
        await doneList.GetByRole(AriaRole.Link, new() { Name = "View your receipt for the Social Media Policy" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Policy acknowledged");
    }

    [Fact]
    public async Task Acknowledge_WithKeyboardOnly_TicksWithSpaceAndSubmitsWithEnter()
    {
        await using var context = await portal.NewSignedInContextAsync(Governor);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/policies");
        await page.GetByRole(AriaRole.Link, new() { Name = "Social Media Policy" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the policy" })).ToBeVisibleAsync();

        // Through the skip link, then Tab past the contents and the policy's own links to the first statement.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        for (var presses = 0; presses < 100 && await FocusedAsync(page, "e => e.type") != "checkbox"; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var ticked = 0;
        while (await FocusedAsync(page, "e => e.type") == "checkbox")
        {
            await page.Keyboard.PressAsync("Space");
            Assert.Equal("true", await FocusedAsync(page, "e => String(e.checked)"));
            ticked++;
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(VolunteerStatements.Length, ticked);
        Assert.Equal("Acknowledge the policy", await FocusedAsync(page, "e => e.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Policy acknowledged");
        await Assertions.Expect(page.GetByText("Social Media Policy, version 1")).ToBeVisibleAsync();
    }

    private static Task<string> FocusedAsync(IPage page, string expression) =>
        page.EvaluateAsync<string>($"() => document.activeElement ? ({expression})(document.activeElement) ?? '' : ''");

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
