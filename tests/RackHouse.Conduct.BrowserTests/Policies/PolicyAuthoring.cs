using System.Globalization;
using Microsoft.Playwright;

namespace RackHouse.Conduct.BrowserTests.Policies;

/// <summary>What the Headteacher does in Admin to prepare a policy for a test, through the pages as a person would.
/// Each test adds a policy of its own under a title of its own, so no test changes the Social Media Policy that
/// others read and acknowledge, and tests may run in any order.</summary>
public static class PolicyAuthoring
{
    public const string FirstVersion = """
        # {{SchoolName}}: Staff Code of Conduct

        ## Dress

        Staff dress smartly and safely for the work they do.

        ## Conduct

        Staff treat pupils, parents and colleagues with respect.
        """;

    public static string UniqueTitle(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Adds a policy through "Add a policy" and returns its number, read from the address of its draft.</summary>
    public static async Task<int> AddAsync(IPage page, string title, string body = FirstVersion)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/admin/policies/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/policies/*/draft");
        return int.Parse(new Uri(page.Url).Segments[3].TrimEnd('/'), CultureInfo.InvariantCulture);
    }

    /// <summary>Publishes version 1 with the deadline the page suggests.</summary>
    public static async Task PublishFirstVersionAsync(IPage page, int policyId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/admin/policies/{policyId}/draft/publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/policies/{policyId}/versions/1");
    }

    /// <summary>Starts the next version from the policy's page and saves <paramref name="body"/> as its text.</summary>
    public static async Task DraftNextVersionAsync(IPage page, int policyId, string body)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/admin/policies/{policyId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draft a new version" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/policies/{policyId}/draft");
        await page.GetByLabel("Text (Markdown)").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("has been saved as a draft");
    }

    /// <summary>A policy with version 1 published and version 2 drafted with one sentence more.</summary>
    public static async Task<int> AddWithDraftAsync(IPage page, string name)
    {
        var policyId = await AddAsync(page, UniqueTitle(name));
        await PublishFirstVersionAsync(page, policyId);
        await DraftNextVersionAsync(page, policyId, FirstVersion + "\n\nStaff keep their phones out of sight in classrooms.");
        return policyId;
    }
}
