using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Features.Invitations;

namespace RackHouse.Conduct.IntegrationTests.People;

/// <summary>Importing through HTTP: the preview writes nothing and shows every bad row; confirming writes all of the
/// file at once (with invitations) or, if anything fails, none of it; and only the previewed file can be confirmed.</summary>
public sealed class ImportTests
{
    private const string AdultsFile =
        "Legal Forename;Legal Surname;Work Email;Staff Type;Post;Employment Start Date\r\n" +
        "Amy;Lee;amy@import.example;Teacher;Year 3 teacher;01/09/2019\r\n" +
        "\r\n" +
        "\"Sean\";\"O'Brien, Jr\";sean@import.example;Support staff;Caretaker;2024-01-08\r\n" +
        "Eve;Stone;eve@import.example;Volunteer;Reader;\r\n" +
        ";;nobody@import.example;Teacher;;\r\n" +
        "Dan;Dupe;AMY@import.example;Teacher;;\r\n" +
        "Fay;Field;fay@import.example;Dinner lady;;\r\n" +
        "Gus;Gale;gus@import.example;Teacher;;31/13/2020\r\n";

    [Fact]
    public async Task PreviewThenConfirm_AdultsFile_WritesNothingUntilConfirmedThenEverythingTicked()
    {
        await using var factory = new ImportWebFactory();
        using var office = await factory.SignedInOfficeAsync();
        await AddAdultAsync(factory, "Amy Lee", "amy@import.example", "Year 2 teacher");
        var leaverId = await AddAdultAsync(factory, "Len Gone", "len@import.example", "Cook");
        var staysId = await AddAdultAsync(factory, "Stan Still", "stan@import.example", "Cleaner");

        var previewPath = await ImportWebFactory.UploadAsync(office, "Adults", ImportWebFactory.Utf8(AdultsFile, byteOrderMark: true));
        var preview = await office.GetPageAsync(previewPath);

        Assert.Matches("^/admin/people/import/Adults/[0-9a-f]{64}$", previewPath);
        Assert.Equal("2", preview.QuerySelector("#count-add")!.TextContent);
        Assert.Equal("1", preview.QuerySelector("#count-change")!.TextContent);
        Assert.Equal("4", preview.QuerySelector("#count-problems")!.TextContent);
        var problems = preview.QuerySelectorAll("#problems-caption ~ tbody tr").Select(tr => string.Join(" | ", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Collection(
            problems,
            p => Assert.Matches(@"^6 \| The name is missing$", p),
            p => Assert.Matches(@"^7 \| Duplicate email address: AMY@import.example is also on line 2$", p),
            p => Assert.Matches(@"^8 \| Unknown category ""Dinner lady""", p),
            p => Assert.Matches(@"^9 \| The start date ""31/13/2020"" is not a date", p));
        var change = preview.QuerySelector("#changes-caption ~ tbody tr")!.TextContent;
        Assert.Contains("Year 2 teacher", change, StringComparison.Ordinal);
        Assert.Contains("Year 3 teacher", change, StringComparison.Ordinal);
        Assert.NotNull(preview.QuerySelector($"input[name=leavers][value='{leaverId}']"));
        Assert.NotNull(preview.QuerySelector($"input[name=leavers][value='{staysId}']"));
        Assert.Equal(4, await factory.CountAsync(db => db.Adults.CountAsync()));
        Assert.Equal(0, await factory.CountAsync(db => db.OutboxMessages.CountAsync()));

        using var confirmed = await ConfirmAsync(office, preview, ("leavers", leaverId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(6, await factory.CountAsync(db => db.Adults.CountAsync()));
        var sean = await factory.QueryAsync(db => db.Adults.SingleAsync(a => a.Email == "sean@import.example"));
        Assert.Equal(("Sean O'Brien, Jr", AdultCategory.NonTeachingStaff, new DateOnly(2024, 1, 8)), (sean.FullName, sean.Category, sean.StartDate));
        Assert.Equal("Year 3 teacher", await factory.QueryAsync(db => db.Adults.Where(a => a.Email == "amy@import.example").Select(a => a.JobTitle).SingleAsync()));
        Assert.NotNull(await factory.QueryAsync(db => db.Adults.Where(a => a.Id == leaverId).Select(a => a.EndDate).SingleAsync()));
        Assert.Null(await factory.QueryAsync(db => db.Adults.Where(a => a.Id == staysId).Select(a => a.EndDate).SingleAsync()));
        var invited = await factory.QueryAsync(db => db.OutboxMessages.Where(m => m.Subject == InvitationsService.Subject).Select(m => m.To).OrderBy(t => t).ToListAsync());
        Assert.Equal(["eve@import.example", "sean@import.example"], invited);
        Assert.Equal(2, await factory.CountAsync(db => db.Invitations.CountAsync()));
    }

    [Fact]
    public async Task Confirm_InvitationsCannotBeStored_WritesNothingAtAll()
    {
        await using var factory = new ImportWebFactory(failInvitations: true);
        using var office = await factory.SignedInOfficeAsync();
        await AddAdultAsync(factory, "Amy Lee", "amy@import.example", "Year 2 teacher");
        var leaverId = await AddAdultAsync(factory, "Len Gone", "len@import.example", "Cook");
        var preview = await office.GetPageAsync(await ImportWebFactory.UploadAsync(office, "Adults", ImportWebFactory.Utf8(AdultsFile)));

        using var confirmed = await ConfirmAsync(office, preview, ("allMissing", "true"));

        Assert.Equal(HttpStatusCode.InternalServerError, confirmed.StatusCode);
        Assert.Equal(3, await factory.CountAsync(db => db.Adults.CountAsync()));
        Assert.Equal("Year 2 teacher", await factory.QueryAsync(db => db.Adults.Where(a => a.Email == "amy@import.example").Select(a => a.JobTitle).SingleAsync()));
        Assert.Null(await factory.QueryAsync(db => db.Adults.Where(a => a.Id == leaverId).Select(a => a.EndDate).SingleAsync()));
        Assert.Equal(0, await factory.CountAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(0, await factory.CountAsync(db => db.Invitations.CountAsync()));
    }

    [Fact]
    public async Task Confirm_HashOfAFileNeverPreviewed_Is404AndWritesNothing()
    {
        await using var factory = new ImportWebFactory();
        using var office = await factory.SignedInOfficeAsync();
        var preview = await office.GetPageAsync(await ImportWebFactory.UploadAsync(office, "Adults", ImportWebFactory.Utf8(AdultsFile)));
        var token = preview.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var response = await office.Client.PostAsync(new Uri($"/admin/people/import/Adults/{new string('a', 64)}/confirm", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await factory.CountAsync(db => db.Adults.CountAsync()));
    }

    [Fact]
    public async Task Confirm_StoredFileChangedAfterThePreview_Is404AndWritesNothing()
    {
        await using var factory = new ImportWebFactory();
        using var office = await factory.SignedInOfficeAsync();
        var previewPath = await ImportWebFactory.UploadAsync(office, "Adults", ImportWebFactory.Utf8(AdultsFile));
        var preview = await office.GetPageAsync(previewPath);
        var stored = Path.Combine(factory.DataFolder, "imports", previewPath[^64..] + ".csv");
        await File.AppendAllTextAsync(stored, "Mal Icious;mal@import.example;Teacher;;;\r\n");

        using var response = await ConfirmAsync(office, preview);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await factory.CountAsync(db => db.Adults.CountAsync()));
    }

    [Fact]
    public async Task PreviewThenConfirm_PupilsFileWithCommasAndQuotes_AddsAndChangesPupils()
    {
        await using var factory = new ImportWebFactory();
        using var office = await factory.SignedInOfficeAsync();
        await factory.QueryAsync(async db =>
        {
            db.Pupils.Add(new Pupil("Ava Jones", "Year 3", "A001", new DateOnly(2022, 9, 5)));
            return await db.SaveChangesAsync();
        });
        const string file = "Adno,Forename,Surname,Year,Date of Admission,Ethnicity\n\"A001\",\"Ava\",\"Jones\",\"Year 4\",\"05/09/2022\",\"\"\n\"A002\",\"Ben\",\"Khan\",\"Reception\",\"2026-09-03\",\"\"\n";

        var preview = await office.GetPageAsync(await ImportWebFactory.UploadAsync(office, "Pupils", ImportWebFactory.Utf8(file)));
        Assert.Equal("1", preview.QuerySelector("#count-add")!.TextContent);
        Assert.Equal("1", preview.QuerySelector("#count-change")!.TextContent);
        using var confirmed = await ConfirmAsync(office, preview);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/admin/people/pupils", confirmed.Headers.Location?.OriginalString);
        var pupils = await factory.QueryAsync(db => db.Pupils.OrderBy(p => p.MisId).Select(p => new { p.FullName, p.YearGroup, p.JoinedOn }).ToListAsync());
        Assert.Equal(["Ava Jones Year 4", "Ben Khan Reception"], pupils.Select(p => $"{p.FullName} {p.YearGroup}"));
    }

    [Fact]
    public async Task Upload_NoFileOrKind_ShowsBothProblems()
    {
        await using var factory = new ImportWebFactory();
        using var office = await factory.SignedInOfficeAsync();

        var page = await office.GetPageAsync("/admin/people/import");
        using var form = new MultipartFormDataContent { { new StringContent(page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" } };
        using var response = await office.Client.PostAsync(new Uri("/admin/people/import", UriKind.Relative), form);

        Assert.Equal(["Select whether the file lists adults or pupils", "Select a CSV file"], TestBrowser.Errors(await TestBrowser.ParseAsync(response)));
    }

    /// <summary>Posts the preview's form with only the boxes given ticked (the test browser's form filling would send
    /// every checkbox).</summary>
    private static async Task<HttpResponseMessage> ConfirmAsync(TestBrowser browser, AngleSharp.Dom.IDocument preview, params (string Name, string Value)[] ticked)
    {
        var form = preview.QuerySelector("main form[action$='/confirm']")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!) };
        fields.AddRange(ticked.Select(t => new KeyValuePair<string, string>(t.Name, t.Value)));
        using var content = new FormUrlEncodedContent(fields);
        return await browser.Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    private static async Task<int> AddAdultAsync(ImportWebFactory factory, string name, string email, string jobTitle) =>
        await factory.QueryAsync(async db =>
        {
            var adult = new Adult(name, email, AdultCategory.TeachingStaff, new DateOnly(2019, 9, 1)) { JobTitle = jobTitle, WorksDirectlyWithChildren = true };
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            return adult.Id;
        });
}
