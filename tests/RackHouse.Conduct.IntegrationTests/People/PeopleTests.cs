using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;
using RackHouse.Conduct.Web.Features.Invitations;

namespace RackHouse.Conduct.IntegrationTests.People;

/// <summary>The office and the Headteacher keep the roster through /admin/people: adding invites, only the
/// Headteacher gives roles, and marking someone as left closes their account at once while keeping their records.</summary>
public sealed class PeopleTests
{
    [Fact]
    public async Task AddAdult_Office_AddsThemAndQueuesAnInvitationWithoutTheirName()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);

        using var response = await office.SubmitAsync("/admin/people/adults/add", AdultFields("Nina Shah", "nina.shah@people.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await office.GetPageAsync("/admin/people?Search=shah");
        var row = Assert.Single(list.QuerySelectorAll("main tbody tr"));
        Assert.Contains("Nina Shah", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Invited", row.TextContent, StringComparison.Ordinal);
        var email = await factory.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "nina.shah@people.example"));
        Assert.Equal(InvitationsService.Subject, email.Subject);
        Assert.Contains("/account/invitation?token=", email.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Nina", email.Body, StringComparison.Ordinal);
        var adult = await factory.QueryAsync(db => db.Adults.SingleAsync(a => a.Email == "nina.shah@people.example"));
        Assert.Equal(new DateOnly(2026, 9, 1), adult.StartDate);
        Assert.Equal("Class teacher", adult.JobTitle);
    }

    [Fact]
    public async Task AddAdult_EmailAlreadyOnTheRoster_IsRefusedKeepingWhatWasTyped()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);

        using var response = await office.SubmitAsync("/admin/people/adults/add", AdultFields("Someone Else", "OFFICE@people.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(["Another adult on the roster already has this email address"], TestBrowser.Errors(page));
        Assert.Equal("Someone Else", page.QuerySelector("#FullName")?.GetAttribute("value"));
        Assert.Equal(1, await factory.QueryAsync(db => db.Adults.CountAsync()));
    }

    [Fact]
    public async Task AddAdult_BadFields_ShowsEachProblem()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        var fields = AdultFields(string.Empty, "not an email");
        fields["StartDate"] = "31/02/2026";
        fields["Category"] = "AgencyStaff";

        using var response = await office.SubmitAsync("/admin/people/adults/add", fields);

        Assert.Equal(
            ["Enter the adult's full name", "Enter an email address in the correct format, like name@school.org.uk", "Enter the agency that employs them", "The start date must be a real date, like 01/09/2026"],
            TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
    }

    [Fact]
    public async Task EditAdult_OfficePostsARole_IsRefusedAndTheRoleIsNotGiven()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        await factory.CreateAdultAsync("teacher@people.example", fullName: "Tara Teacher");
        var teacherId = await factory.AdultIdAsync("teacher@people.example");
        var page = await office.GetPageAsync($"/admin/people/adults/{teacherId}");
        Assert.Empty(page.QuerySelectorAll("input[name=Roles]"));

        var fields = AdultFields("Tara Teacher", "teacher@people.example");
        fields["RolesShown"] = "true";
        fields["Roles"] = Roles.SafeguardingLead;
        using var response = await office.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Only the Headteacher can give or remove roles"], TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
        Assert.DoesNotContain(Roles.SafeguardingLead, await RolesAsync(factory, "teacher@people.example"));
    }

    [Fact]
    public async Task EditAdult_OfficeChangesDetails_KeepsTheirRoles()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        await factory.CreateAdultAsync("gov@people.example", AdultCategory.Governor, [Roles.Governor], fullName: "Gil Governor");
        var id = await factory.AdultIdAsync("gov@people.example");

        var fields = AdultFields("Gil Governor", "gov@people.example");
        fields["Category"] = "Governor";
        fields["JobTitle"] = "Parent governor";
        using var response = await office.SubmitAsync($"/admin/people/adults/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(Roles.Governor, await RolesAsync(factory, "gov@people.example"));
        Assert.Equal("Parent governor", await factory.QueryAsync(db => db.Adults.Where(a => a.Id == id).Select(a => a.JobTitle).SingleAsync()));
    }

    [Fact]
    public async Task EditAdult_HeadteacherGivesAndTakesRoles_RolesChange()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await factory.SignedInAdultAsync("head@people.example", roles: [Roles.Headteacher]);
        await factory.CreateAdultAsync("deputy@people.example", roles: [Roles.Governor], fullName: "Dee Deputy");
        var id = await factory.AdultIdAsync("deputy@people.example");
        var page = await head.GetPageAsync($"/admin/people/adults/{id}");
        Assert.Equal(5, page.QuerySelectorAll("input[name=Roles]").Length);

        using var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("FullName", "Dee Deputy"), new("Email", "deputy@people.example"), new("Category", "TeachingStaff"),
            new("WorksDirectlyWithChildren", "true"), new("StartDate", "01/09/2020"), new("RolesShown", "true"),
            new("Roles", Roles.SafeguardingLead), new("Roles", Roles.Office),
        ]);
        using var response = await head.Client.PostAsync(new Uri($"/admin/people/adults/{id}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Adult, Roles.Office, Roles.SafeguardingLead], (await RolesAsync(factory, "deputy@people.example")).Order(StringComparer.Ordinal));

        // Roles decide who may see concerns: the change is in the audit trail, with who made it.
        var headId = await factory.AdultIdAsync("head@people.example");
        var audited = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.Action == Domain.Audit.AuditAction.RolesChanged).Select(e => new { e.ActorAdultId, e.Detail }).SingleAsync());
        Assert.Equal(headId, audited.ActorAdultId);
        Assert.Equal($"Roles of adult {id}: given Office; given Designated safeguarding lead; taken away Governor", audited.Detail);
    }

    [Fact]
    public async Task MarkAsLeft_AdultSignedInElsewhere_TheirNextRequestIsSignedOutAndRecordsAreKept()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        using var leaver = await factory.SignedInAdultAsync("leaver@people.example", fullName: "Lee Leaver");
        var id = await factory.AdultIdAsync("leaver@people.example");
        await leaver.GetPageAsync("/");

        using var response = await office.SubmitAsync($"/admin/people/adults/{id}/leave", new Dictionary<string, string> { ["LastDay"] = "05/10/2026" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var next = await leaver.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", next.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var again = await leaver.SignInWithPasswordAsync("leaver@people.example");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var adult = await factory.QueryAsync(db => db.Adults.SingleAsync(a => a.Id == id));
        Assert.Equal(new DateOnly(2026, 10, 5), adult.EndDate);
        Assert.True(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.AdultId == id)));
    }

    [Fact]
    public async Task ResetPassword_Leaver_SendsNothingAndCannotUnlockTheAccount()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        await factory.CreateAdultAsync("gone@people.example");
        var id = await factory.AdultIdAsync("gone@people.example");
        using (var left = await office.SubmitAsync($"/admin/people/adults/{id}/leave", new Dictionary<string, string> { ["LastDay"] = "02/10/2026" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        }

        using var anonymous = factory.CreateBrowser();
        using var forgot = await anonymous.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "gone@people.example" });

        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.To == "gone@people.example")));
    }

    [Theory]
    [InlineData(Roles.Office, false)]
    [InlineData(Roles.Headteacher, true)]
    public async Task EditAdult_ChangeTheEmailOfSomeoneWithAnAccount_OnlyTheHeadteacherMay(string editorRole, bool changed)
    {
        await using var factory = new PolicyWebFactory();
        using var editor = await factory.SignedInAdultAsync("editor@people.example", AdultCategory.NonTeachingStaff, [editorRole]);
        await factory.CreateAdultAsync("dsl@people.example", AdultCategory.TeachingStaff, [Roles.SafeguardingLead], fullName: "Dee Lead");
        var id = await factory.AdultIdAsync("dsl@people.example");
        var stampBefore = await factory.QueryAsync(db => db.Users.Where(u => u.AdultId == id).Select(u => u.SecurityStamp).SingleAsync());

        var fields = AdultFields("Dee Lead", "someone.else@people.example");
        using var response = await editor.SubmitAsync($"/admin/people/adults/{id}", fields);

        var account = await factory.QueryAsync(db => db.Users.Where(u => u.AdultId == id).Select(u => new { u.Email, u.SecurityStamp }).SingleAsync());
        if (changed)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("someone.else@people.example", account.Email);
            Assert.NotEqual(stampBefore, account.SecurityStamp);
        }
        else
        {
            Assert.Equal([Web.Features.Admin.People.PeopleService.AccountEmailChangedOnlyByHeadteacher], TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
            Assert.Equal("dsl@people.example", account.Email);
            Assert.Equal("dsl@people.example", await factory.QueryAsync(db => db.Adults.Where(a => a.Id == id).Select(a => a.Email).SingleAsync()));
        }
    }

    [Fact]
    public async Task MarkAsLeft_LastDayTomorrow_IsRefused()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        await factory.CreateAdultAsync("stay@people.example");
        var id = await factory.AdultIdAsync("stay@people.example");

        using var response = await office.SubmitAsync($"/admin/people/adults/{id}/leave", new Dictionary<string, string> { ["LastDay"] = "06/10/2026" });

        Assert.Equal(["The last day must be today or in the past"], TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
        Assert.Null(await factory.QueryAsync(db => db.Adults.Where(a => a.Id == id).Select(a => a.EndDate).SingleAsync()));
    }

    [Theory]
    [InlineData("/admin/people/adults/999999")]
    [InlineData("/admin/people/adults/999999/leave")]
    [InlineData("/admin/people/pupils/999999")]
    public async Task Get_UnknownId_Is404(string path)
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);

        using var response = await office.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pupils_AddFilterAndMarkAsLeft_ListFollows()
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@people.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        foreach (var (name, year, id) in new[] { ("Ava Jones", "Year 4", "A1"), ("Ben Khan", "Year 5", "A2"), ("Cara Hill", "Year 4", "A3") })
        {
            using var added = await office.SubmitAsync("/admin/people/pupils/add", new Dictionary<string, string> { ["FullName"] = name, ["YearGroup"] = year, ["MisId"] = id, ["JoinedOn"] = "2021-09-06" });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var duplicate = await office.SubmitAsync("/admin/people/pupils/add", new Dictionary<string, string> { ["FullName"] = "Dan Other", ["YearGroup"] = "Year 1", ["MisId"] = "A2", ["JoinedOn"] = "06/09/2021" }))
        {
            Assert.Equal(["Another pupil on the roster already has this admission number"], TestBrowser.Errors(await TestBrowser.ParseAsync(duplicate)));
        }

        var benId = await factory.QueryAsync(db => db.Pupils.Where(p => p.MisId == "A2").Select(p => p.Id).SingleAsync());
        using (var left = await office.SubmitAsync($"/admin/people/pupils/{benId}/leave", new Dictionary<string, string> { ["LastDay"] = "01/10/2026" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        }

        var year4 = await office.GetPageAsync("/admin/people/pupils?YearGroup=Year+4");
        Assert.Equal(["Ava Jones", "Cara Hill"], year4.QuerySelectorAll("main tbody th").Select(th => th.TextContent.Trim()));
        var current = await office.GetPageAsync("/admin/people/pupils");
        Assert.DoesNotContain("Ben Khan", current.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var leavers = await office.GetPageAsync("/admin/people/pupils?Status=Left");
        Assert.Equal(["Ben Khan"], leavers.QuerySelectorAll("main tbody th").Select(th => th.TextContent.Trim()));
    }

    private static Dictionary<string, string> AdultFields(string name, string email) => new()
    {
        ["FullName"] = name,
        ["Email"] = email,
        ["Category"] = "TeachingStaff",
        ["JobTitle"] = "Class teacher",
        ["WorksDirectlyWithChildren"] = "true",
        ["Employer"] = string.Empty,
        ["StartDate"] = "01/09/2026",
        ["EndDate"] = string.Empty,
    };

    private static async Task<List<string>> RolesAsync(PolicyWebFactory factory, string email) =>
        await factory.QueryAsync(db =>
            (from user in db.Users
             where user.Email == email
             join userRole in db.UserRoles on user.Id equals userRole.UserId
             join role in db.Roles on userRole.RoleId equals role.Id
             select role.Name!).ToListAsync());
}
