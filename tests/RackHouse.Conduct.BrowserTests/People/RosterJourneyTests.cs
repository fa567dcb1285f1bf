using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RackHouse.Conduct.BrowserTests.Infrastructure;

namespace RackHouse.Conduct.BrowserTests.People;

/// <summary>The office imports a staff file from the MIS, fixes nothing, confirms; the new adult opens the invitation
/// from their email, sets a password, and signs in. axe finds no WCAG 2.2 A or AA violation on any page on the way.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class RosterJourneyTests(Portal portal)
{
    private const string Office = "office";
    private const string Password = "kettle on the hob again";

    [Fact]
    public async Task ImportConfirmAndJoin_NewAdultFromTheFile_AcceptsTheInvitationAndSignsIn()
    {
        var mailbox = $"newstarter.{Guid.NewGuid():N}"[..22];
        var email = $"{mailbox}@newstaff.example";
        var file = $"Forename;Surname;Work Email;Staff Type;Post;Start Date\r\nNia;Starter;{email};Teacher;Year 1 teacher;01/09/2026\r\n;;nobody@newstaff.example;Teacher;;\r\n";
        await using var office = await portal.NewSignedInContextAsync(Office);
        var page = await office.NewPageAsync();

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Adults");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Import from a file" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Adults: staff, governors, volunteers and others").CheckAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "staff.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(file) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check the import of adults");
        await Assertions.Expect(page.Locator("#count-add")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#problems-caption ~ tbody")).ToContainTextAsync("The name is missing");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm import" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner, [role=status], main").First).ToContainTextAsync("Import complete: 1 adults added and invited");
        await page.GetByRole(AriaRole.Link, new() { Name = "Invitations" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(email);
        await Axe.AssertNoViolationsAsync(page);

        var body = Assert.Single(await portal.EmailsToAsync(email));
        var link = InvitationLink().Match(body);
        Assert.True(link.Success, body);
        await using var newcomer = await portal.NewContextAsync();
        var join = await newcomer.NewPageAsync();
        await join.GotoAsync(new Uri(link.Value).PathAndQuery);
        await Assertions.Expect(join.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Join the staff conduct portal");
        await Axe.AssertNoViolationsAsync(join);
        await join.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await join.GetByLabel("Confirm password").FillAsync(Password);
        await join.GetByRole(AriaRole.Button, new() { Name = "Set password and join" }).ClickAsync();
        await join.WaitForURLAsync(new Uri(portal.Address, "/").ToString());
        await Assertions.Expect(join.GetByRole(AriaRole.Main)).ToContainTextAsync("you have joined the staff conduct portal");

        await join.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await join.GotoAsync("/account/sign-in");
        await join.GetByLabel("Email address").FillAsync(email);
        await join.GetByLabel("Password").FillAsync(Password);
        await join.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await join.WaitForURLAsync(new Uri(portal.Address, "/").ToString());
        await join.GotoAsync(link.Value.Replace(portal.Address.GetLeftPart(UriPartial.Authority), string.Empty, StringComparison.Ordinal));
        await Assertions.Expect(join.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This invitation link does not work");
        await Axe.AssertNoViolationsAsync(join);
    }

    [Theory]
    [InlineData("/admin/people/pupils", "Pupils")]
    [InlineData("/admin/people/adults/add", "Add an adult")]
    [InlineData("/admin/people/pupils/add", "Add a pupil")]
    public async Task Page_Office_HasNoViolations(string path, string heading)
    {
        await using var context = await portal.NewSignedInContextAsync(Office);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AddAdult_SubmittedEmpty_ErrorsHaveNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Office);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/people/adults/add");
        await page.GetByLabel("Start date").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and invite" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the adult's full name");

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task EditAdultAndDownloadYourData_Headteacher_HaveNoViolations()
    {
        await using var context = await portal.NewSignedInContextAsync(Portal.Headteacher);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/people?Search=Tom+Ellis");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tom Ellis" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change an adult's details");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Designated safeguarding lead" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/account/data");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Download your data");
        await Axe.AssertNoViolationsAsync(page);
    }

    [GeneratedRegex(@"https?://\S+/account/invitation\?token=\S+")]
    private static partial Regex InvitationLink();
}
