using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.Policies;

/// <summary>axe-core finds nothing against WCAG 2.2 A and AA on the policy and register pages, in each state a person
/// would meet them: before and after acknowledging, with errors, and at each step of publishing a version.</summary>
[Collection(SharedPortal.Name)]
public sealed class PolicyAxeTests(Portal portal)
{
    /// <summary>Acknowledges the Social Media Policy in the receipt test; no other test signs in as the office.</summary>
    private const string Office = "office";

    [Theory]
    [InlineData(Portal.Teacher, "/policies", null, "Policies")]
    [InlineData(Portal.Teacher, "/policies", "Social Media Policy", "Social Media Policy")]
    [InlineData(Portal.Teacher, "/policies/history", null, "Your acknowledgements")]
    [InlineData(Portal.Headteacher, "/admin", null, "Admin")]
    [InlineData(Portal.Headteacher, "/admin/policies", null, "Policies")]
    [InlineData(Portal.Headteacher, "/admin/policies", "Social Media Policy", "Social Media Policy")]
    [InlineData(Portal.Headteacher, "/admin/policies/new", null, "Add a policy")]
    [InlineData(Portal.Headteacher, "/admin/register", null, "Acknowledgement register")]
    [InlineData(Portal.Headteacher, "/admin/register", "Tom Ellis", "Tom Ellis")]
    public async Task Page_SignedIn_HasNoViolations(string mailbox, string path, string? link, string heading)
    {
        await using var context = await portal.NewSignedInContextAsync(mailbox);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        if (link is not null)
        {
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToHaveTextAsync(heading);

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task ReadingPage_SubmittedWithNothingTicked_HasNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Teacher);
        var page = await context.NewPageAsync();
        await OpenSocialMediaPolicyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the policy" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is a problem");
        await Assertions.Expect(page.Locator(".govuk-error-message")).ToHaveCountAsync(6);

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task ReceiptAndHistory_AfterAcknowledging_HaveNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Office);
        var page = await context.NewPageAsync();
        await OpenSocialMediaPolicyAsync(page);
        foreach (var statement in await page.GetByRole(AriaRole.Checkbox).AllAsync())
        {
            await statement.CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the policy" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Policy acknowledged");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Your acknowledgements in every year" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Social Media Policy, version 1" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await OpenSocialMediaPolicyAsync(page);
        await Assertions.Expect(page.GetByText("You acknowledged this version")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task DraftEditor_WithPreview_HasNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var page = await context.NewPageAsync();
        var policyId = await PolicyAuthoring.AddWithDraftAsync(page, "Acceptable Use Policy");
        await page.GotoAsync($"/admin/policies/{policyId}/draft");
        await Assertions.Expect(page.Locator("#policy-preview")).ToContainTextAsync("phones out of sight");

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task PublishPage_FirstVersion_HasNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var page = await context.NewPageAsync();
        var policyId = await PolicyAuthoring.AddAsync(page, PolicyAuthoring.UniqueTitle("Acceptable Use Policy"));
        await page.GotoAsync($"/admin/policies/{policyId}/draft/publish");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "By when must everyone acknowledge it?" })).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task PublishPage_WithComparison_HasNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var page = await context.NewPageAsync();
        var policyId = await PolicyAuthoring.AddWithDraftAsync(page, "Acceptable Use Policy");
        await page.GotoAsync($"/admin/policies/{policyId}/draft/publish");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Changes word by word" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Yes, everyone acknowledges it again").CheckAsync();
        await Assertions.Expect(page.GetByLabel("Day", new() { Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task PublishPage_WithErrors_HasNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var page = await context.NewPageAsync();
        var policyId = await PolicyAuthoring.AddWithDraftAsync(page, "Acceptable Use Policy");
        await page.GotoAsync($"/admin/policies/{policyId}/draft/publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Select whether everyone must acknowledge this version again");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Yes, everyone acknowledges it again").CheckAsync();
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync("2001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The deadline must be in the future");
        await Assertions.Expect(page.GetByLabel("Day", new() { Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task VersionPage_WithComparison_HasNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var page = await context.NewPageAsync();
        var policyId = await PolicyAuthoring.AddWithDraftAsync(page, "Acceptable Use Policy");
        await page.GotoAsync($"/admin/policies/{policyId}/draft/publish");
        await page.GetByLabel("No, this year's acknowledgements still count").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/policies/{policyId}/versions/2");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Changes word by word" })).ToContainTextAsync("phones out of sight");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/policies/{policyId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task OpenSocialMediaPolicyAsync(IPage page)
    {
        await page.GotoAsync("/policies");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Social Media Policy", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Social Media Policy", Exact = true })).ToBeVisibleAsync();
    }
}
