using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Email;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Features.Invitations;

namespace RackHouse.Conduct.IntegrationTests.People;

/// <summary>Invitations travel over real SMTP on loopback: the link sets a password once, for 7 days; sending again
/// stops the old link; case handlers go on to two-factor enrolment; the office sees who has not joined.</summary>
public sealed partial class InvitationTests
{
    private const string NewPassword = "maple syrup on pancakes";

    [Fact]
    public async Task Accept_LinkFromTheEmail_SetsThePasswordSignsInAndWorksOnce()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        using var office = await OfficeAsync(factory);
        await AddAdultAsync(office, "Nina Shah", "nina@invite.example");

        Assert.Equal(1, await factory.SendDueAsync());
        var email = Assert.Single(smtp.Received);
        Assert.Equal(["nina@invite.example"], email.Recipients);
        Assert.Equal(InvitationsService.Subject, email.Message.Subject);
        Assert.DoesNotContain("Nina", email.Message.TextBody, StringComparison.Ordinal);
        var link = LinkIn(email);

        using var nina = factory.CreateBrowser();
        var page = await nina.GetPageAsync(link);
        Assert.Equal("Join the staff conduct portal", page.QuerySelector("h1")!.TextContent.Trim());
        using var accepted = await nina.SubmitAsync(page, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/", accepted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await nina.GetAsync("/")).StatusCode);
        var again = await factory.CreateBrowser().GetPageAsync(link);
        Assert.Equal("This invitation link does not work", again.QuerySelector("h1")!.TextContent.Trim());
        using var signIn = await factory.CreateBrowser().SignInWithPasswordAsync("nina@invite.example", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var waiting = await office.GetPageAsync("/admin/people/invitations");
        Assert.DoesNotContain("nina@invite.example", waiting.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Joined", (await office.GetPageAsync("/admin/people?Search=nina")).QuerySelector("main tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAgain_OldLinkStopsWorkingAndTheNewOneWorks()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        using var office = await OfficeAsync(factory);
        await AddAdultAsync(office, "Nina Shah", "nina@invite.example");
        await factory.SendDueAsync();
        var first = LinkIn(smtp.Received[^1]);
        var id = await factory.QueryAsync(db => db.Adults.Where(a => a.Email == "nina@invite.example").Select(a => a.Id).SingleAsync());

        var list = await office.GetPageAsync("/admin/people/invitations");
        Assert.Contains("Invited", list.QuerySelector("main tbody")!.TextContent, StringComparison.Ordinal);
        using (var resent = await office.SubmitAsync(list, new Dictionary<string, string>(), $"/admin/people/invitations/{id}/send"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        }

        await factory.SendDueAsync();
        var second = LinkIn(smtp.Received[^1]);
        Assert.NotEqual(first, second);
        using var nina = factory.CreateBrowser();
        Assert.Equal("This invitation link does not work", (await nina.GetPageAsync(first)).QuerySelector("h1")!.TextContent.Trim());
        using var accepted = await nina.SubmitAsync(await nina.GetPageAsync(second), new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Accept_SevenDaysLater_LinkHasExpiredAndTheOfficeSeesIt()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        using var office = await OfficeAsync(factory);
        await AddAdultAsync(office, "Nina Shah", "nina@invite.example");
        await factory.SendDueAsync();
        var link = LinkIn(smtp.Received[^1]);

        factory.Clock.Advance(TimeSpan.FromDays(7));

        Assert.Equal("This invitation link does not work", (await factory.CreateBrowser().GetPageAsync(link)).QuerySelector("h1")!.TextContent.Trim());
        // The office's own sign-in has long expired too.
        using var officeAgain = factory.CreateBrowser();
        await officeAgain.SignInAsync("office@invite.example");
        Assert.Contains("Invitation expired", (await officeAgain.GetPageAsync("/admin/people/invitations")).QuerySelector("main tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_CommonPassword_IsRefusedAndTheLinkStillWorks()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        using var office = await OfficeAsync(factory);
        await AddAdultAsync(office, "Nina Shah", "nina@invite.example");
        await factory.SendDueAsync();
        var link = LinkIn(smtp.Received[^1]);
        using var nina = factory.CreateBrowser();

        using var refused = await nina.SubmitAsync(await nina.GetPageAsync(link), new Dictionary<string, string> { ["Password"] = "short", ["ConfirmPassword"] = "short" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Password must be 12 characters or more"], TestBrowser.Errors(await TestBrowser.ParseAsync(refused)));
        Assert.Equal("Join the staff conduct portal", (await nina.GetPageAsync(link)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Accept_SafeguardingLead_GoesOnToTwoFactorEnrolment()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        await factory.CreateAdultAsync("head@invite.example", roles: [Roles.Headteacher], totpSecret: Secrets.Totp, fullName: "Hal Head");
        using var head = factory.CreateBrowser();
        await head.SignInAsync("head@invite.example", Secrets.Totp);
        await AddAdultAsync(head, "Dee Lead", "dee@invite.example");
        var id = await factory.QueryAsync(db => db.Adults.Where(a => a.Email == "dee@invite.example").Select(a => a.Id).SingleAsync());
        var edit = await head.GetPageAsync($"/admin/people/adults/{id}");
        using (var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", edit.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("FullName", "Dee Lead"), new("Email", "dee@invite.example"), new("Category", "TeachingStaff"),
            new("WorksDirectlyWithChildren", "true"), new("StartDate", "01/09/2026"), new("RolesShown", "true"), new("Roles", Roles.SafeguardingLead),
        ]))
        using (var saved = await head.Client.PostAsync(new Uri($"/admin/people/adults/{id}", UriKind.Relative), content))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await factory.SendDueAsync();
        using var dee = factory.CreateBrowser();
        using var accepted = await dee.SubmitAsync(await dee.GetPageAsync(LinkIn(smtp.Received[^1])), new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        using var home = await dee.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/two-factor/enrol", home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Accept_AdultMarkedAsLeftBeforeJoining_LinkDoesNotWork()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        using var office = await OfficeAsync(factory);
        await AddAdultAsync(office, "Nina Shah", "nina@invite.example");
        await factory.SendDueAsync();
        var link = LinkIn(smtp.Received[^1]);
        await factory.QueryAsync(async db =>
        {
            var adult = await db.Adults.SingleAsync(a => a.Email == "nina@invite.example");
            adult.MarkAsLeft(adult.StartDate);
            return await db.SaveChangesAsync();
        });
        factory.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal("This invitation link does not work", (await factory.CreateBrowser().GetPageAsync(link)).QuerySelector("h1")!.TextContent.Trim());
    }

    private static async Task<TestBrowser> OfficeAsync(EmailWebFactory factory)
    {
        await factory.CreateAdultAsync("office@invite.example", AdultCategory.NonTeachingStaff, [Roles.Office], fullName: "Olive Office");
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("office@invite.example");
        return browser;
    }

    private static async Task AddAdultAsync(TestBrowser browser, string name, string email)
    {
        var today = DateTime.UtcNow.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await browser.SubmitAsync("/admin/people/adults/add", new Dictionary<string, string>
        {
            ["FullName"] = name, ["Email"] = email, ["Category"] = "TeachingStaff", ["WorksDirectlyWithChildren"] = "true", ["StartDate"] = today,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string LinkIn(ReceivedEmail email)
    {
        var match = InvitationLink().Match(email.Message.TextBody ?? string.Empty);
        Assert.True(match.Success, $"No invitation link in:\n{email.Message.TextBody}");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/account/invitation\?token=\S+")]
    private static partial Regex InvitationLink();
}
