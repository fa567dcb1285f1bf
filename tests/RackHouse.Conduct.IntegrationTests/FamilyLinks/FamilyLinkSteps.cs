using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.FamilyLinks;

/// <summary>What adults and the Headteacher do on the family links pages, field by field as a browser posts them.</summary>
public static class FamilyLinkSteps
{
    public static async Task<int> AddPupilAsync(PolicyWebFactory factory, string name, string yearGroup = "Year 4", DateOnly? leftOn = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return await factory.QueryAsync(async db =>
        {
            var pupil = new Pupil(name, yearGroup, $"MIS-{Guid.NewGuid():N}", new DateOnly(2022, 9, 1));
            if (leftOn is { } left)
            {
                pupil.MarkAsLeft(left);
            }

            db.Pupils.Add(pupil);
            await db.SaveChangesAsync();
            return pupil.Id;
        });
    }

    /// <summary>An adult with a unique email, signed in.</summary>
    public static async Task<(TestBrowser Browser, string Email, int AdultId)> AdultAsync(PolicyWebFactory factory, string name, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@links.example";
        var browser = await factory.SignedInAdultAsync(email, AdultCategory.TeachingStaff, roles, name);
        return (browser, email, await factory.AdultIdAsync(email));
    }

    public static Task<(TestBrowser Browser, string Email, int AdultId)> HeadteacherAsync(PolicyWebFactory factory) =>
        AdultAsync(factory, "Helen Head", Roles.Headteacher);

    /// <summary>Posts the declaration form as sent without JavaScript after choosing a pupil (or "not-listed").</summary>
    public static async Task<HttpResponseMessage> PostDeclarationAsync(TestBrowser browser, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetPageAsync("/family-links/declare");
        return await PolicySteps.PostAsync(browser, page, "/family-links/declare", fields);
    }

    /// <summary>Declares a link and returns its id; fails the test if it is not accepted.</summary>
    public static async Task<int> DeclareAsync(TestBrowser browser, string pupilName, int? pupilId, string relationship = "Parent", string contact = "yes", string platforms = "Facebook", string details = "")
    {
        using var response = await PostDeclarationAsync(browser, new Dictionary<string, string>
        {
            ["PupilName"] = pupilName,
            ["PupilChoice"] = pupilId?.ToString(CultureInfo.InvariantCulture) ?? "not-listed",
            ["Relationship"] = relationship,
            ["SocialMediaContact"] = contact,
            ["Platforms"] = platforms,
            ["Details"] = details,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdIn(response, "/family-links/");
    }

    public static int IdIn(HttpResponseMessage response, string prefix)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        Assert.StartsWith(prefix, location, StringComparison.Ordinal);
        return int.Parse(location[prefix.Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Posts the form on <paramref name="pagePath"/> whose action is <paramref name="action"/> with these fields.</summary>
    public static async Task<HttpResponseMessage> PostOnPageAsync(TestBrowser browser, string pagePath, string action, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetPageAsync(pagePath);
        return await PolicySteps.PostAsync(browser, page, action, fields);
    }

    /// <summary>Posts to <paramref name="action"/> with an antiforgery token from a page the poster can read.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(TestBrowser browser, string action, IDictionary<string, string> fields, string tokenPage = "/family-links/declare")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetPageAsync(tokenPage);
        var token = page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Prepend(new("__RequestVerificationToken", token)));
        return await browser.Client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static async Task DiscussAsync(TestBrowser head, int id, string notes = "Met in the office.")
    {
        using var response = await PostOnPageAsync(head, $"/admin/family-links/{id}", $"/admin/family-links/{id}/discussion", new Dictionary<string, string>
        {
            ["Discussion.MeetingDay"] = "2",
            ["Discussion.MeetingMonth"] = "10",
            ["Discussion.MeetingYear"] = "2026",
            ["Discussion.Notes"] = notes,
        });
        Assert.Equal($"/admin/family-links/{id}", response.Headers.Location?.OriginalString);
    }

    public static async Task AcknowledgeAsync(TestBrowser head, int id, string protocols = "No contact about school matters.")
    {
        using var response = await PostOnPageAsync(head, $"/admin/family-links/{id}", $"/admin/family-links/{id}/acknowledge", new Dictionary<string, string> { ["Acknowledgement.Protocols"] = protocols });
        Assert.Equal($"/admin/family-links/{id}", response.Headers.Location?.OriginalString);
    }

    public static string Text(IDocument page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        return PolicySteps.Collapse(page.QuerySelector(selector)?.TextContent ?? string.Empty);
    }

    public static async Task<List<(string To, string Subject, string Body)>> MailToAsync(PolicyWebFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return (await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).Select(m => new { m.To, m.Subject, m.Body }).ToListAsync()))
            .Select(m => (m.To, m.Subject, m.Body)).ToList();
    }
}
