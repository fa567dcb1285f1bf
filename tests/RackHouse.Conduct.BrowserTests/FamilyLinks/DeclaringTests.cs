using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.FamilyLinks;

/// <summary>The teacher declares a family link, picking the pupil with the autocomplete; the Headteacher records the
/// discussion and acknowledges it with protocols; the teacher sees it acknowledged. axe finds nothing against WCAG 2.2
/// A and AA at each step, the autocomplete's open list included. The teacher withdraws it at the end, so other tests
/// meet the teacher with no open declaration.</summary>
[Collection(SharedPortal.Name)]
public sealed class DeclaringTests(Portal portal)
{
    [Fact]
    public async Task DeclareAcknowledgeAndSee_TeacherAndHeadteacher_EndsAcknowledgedWithTheProtocols()
    {
        await using var teacher = await portal.NewSignedInContextAsync(Portal.Teacher);
        var page = await teacher.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Family links" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Declare a family link" }).ClickAsync();

        var name = page.GetByRole(AriaRole.Combobox, new() { Name = "Pupil's name" });
        await name.PressSequentiallyAsync("an", new() { Delay = 50 });
        var first = page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option).First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        var chosen = (await first.TextContentAsync())!.Trim();
        var pupilName = chosen.Split(", ")[0];
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(name).ToHaveValueAsync(pupilName);
        await Assertions.Expect(page.Locator("input[type=hidden][name=PupilChoice]")).ToHaveValueAsync(new Regex("^[0-9]+$"));

        await page.GetByLabel("Grandparent").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Are you in contact with the pupil on social media?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("On which social media?").FillAsync("Facebook");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the declaration" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(pupilName);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Waiting for the Headteacher");
        await Assertions.Expect(page.Locator("#breach-warning")).ToContainTextAsync("is a breach of the policy");
        await Axe.AssertNoViolationsAsync(page);
        var declaration = page.Url;

        await using var head = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var admin = await head.NewPageAsync();
        await admin.GotoAsync("/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Family link declarations" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = pupilName }).GetByRole(AriaRole.Link, new() { Name = "Tom Ellis" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Tom Ellis and {pupilName}");
        await Axe.AssertNoViolationsAsync(admin);

        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var meeting = admin.GetByRole(AriaRole.Group, new() { Name = "Date of the meeting" });
        await meeting.GetByLabel("Day").FillAsync(yesterday.Day.ToString(CultureInfo.InvariantCulture));
        await meeting.GetByLabel("Month").FillAsync(yesterday.Month.ToString(CultureInfo.InvariantCulture));
        await meeting.GetByLabel("Year").FillAsync(yesterday.Year.ToString(CultureInfo.InvariantCulture));
        await admin.GetByLabel("Notes of the discussion").FillAsync("Met Tom in the office.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record the discussion" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#status")).ToHaveTextAsync("Discussed");

        await admin.GetByLabel("The protocols agreed").FillAsync("No contact about school matters on social media.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Acknowledge with these protocols" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#status")).ToHaveTextAsync("Acknowledged");
        await Axe.AssertNoViolationsAsync(admin);

        await page.GotoAsync(declaration);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Acknowledged");
        await Assertions.Expect(page.Locator("#protocols")).ToHaveTextAsync("No contact about school matters on social media.");
        await Assertions.Expect(page.Locator("#breach-warning")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the declaration" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Withdrawn");
    }

    [Fact]
    public async Task DeclarePage_NameNotFoundThenFindClickedThenSentEmpty_ListsNotListedAndHasNoViolations()
    {
        await using var teacher = await portal.NewSignedInContextAsync(Portal.Teacher);
        var page = await teacher.NewPageAsync();
        await page.GotoAsync("/family-links/declare");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Pupil's name" }).FillAsync("Zzyzx Nobody");
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToContainTextAsync("No pupil at the school has this name");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the pupil" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "No pupil at the school now is called “Zzyzx Nobody”" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send the declaration" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Select your relationship to the pupil");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/family-links/sites/propose", "Propose an official school site or account")]
    [InlineData("/family-links/permissions/ask", "Ask the Headteacher for permission")]
    public async Task RequestForms_EmptyAndSent_HaveNoViolations(string path, string heading)
    {
        await using var teacher = await portal.NewSignedInContextAsync(Portal.Teacher);
        var page = await teacher.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send the" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is a problem");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/admin/sites", "Official school sites")]
    [InlineData("/admin/permissions", "Permission requests")]
    public async Task AdminRequestPages_Headteacher_HaveNoViolations(string path, string heading)
    {
        await using var head = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var page = await head.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "History" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
