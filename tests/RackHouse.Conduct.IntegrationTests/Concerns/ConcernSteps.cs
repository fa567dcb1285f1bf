using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>Reports a concern through the pages, step by step, as a person would.</summary>
public static class ConcernSteps
{
    /// <summary>Starts a report and returns the path of its draft (/concerns/drafts/{id}).</summary>
    public static async Task<string> StartAsync(TestBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var started = await browser.SubmitAsync("/concerns", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var category = started.Headers.Location!.OriginalString;
        Assert.EndsWith("/category", category, StringComparison.Ordinal);
        return category[..^"/category".Length];
    }

    public static async Task<HttpResponseMessage> StepAsync(TestBrowser browser, string draft, string step, Dictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return await browser.SubmitAsync($"{draft}/{step}", values);
    }

    /// <summary>Answers the three question pages; returns the draft path.</summary>
    public static async Task<string> WriteAsync(TestBrowser browser, ConcernCategory category, int? subjectAdultId = null, bool selfReferral = false, bool childAtRisk = false, string description = "Messages sent to a pupil late at night.")
    {
        var draft = await StartAsync(browser);
        await ExpectRedirectAsync(StepAsync(browser, draft, "category", new() { ["Category"] = category.ToString() }), "/what-happened");
        var happened = new Dictionary<string, string>
        {
            ["Description"] = description,
            ["Platform"] = "Instagram",
            ["Address"] = "https://example.org/post/7",
            ["HappenedDay"] = "20", ["HappenedMonth"] = "11", ["HappenedYear"] = "2026",
            ["FoundDay"] = "21", ["FoundMonth"] = "11", ["FoundYear"] = "2026",
        };
        if (category == ConcernCategory.IndecentImagesOfChildren)
        {
            happened["DeviceLocation"] = "The laptop is locked in the office.";
        }

        // TestBrowser posts every input of the form, ticked or not: say what the checkbox holds.
        happened["ChildAtRisk"] = childAtRisk ? "true" : "false";

        await ExpectRedirectAsync(StepAsync(browser, draft, "what-happened", happened), "/who");
        var who = new Dictionary<string, string> { ["PupilsInvolved"] = "Sam Pupil", ["IsSelfReferral"] = selfReferral ? "true" : "false" };
        if (selfReferral)
        {
            who["SubjectKind"] = string.Empty;
        }
        else if (subjectAdultId is { } adult)
        {
            who["SubjectKind"] = nameof(SubjectKind.AdultOfSchool);
            who["SubjectAdultId"] = adult.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            who["SubjectKind"] = nameof(SubjectKind.Public);
        }

        using var answered = await StepAsync(browser, draft, "who", who);
        Assert.True(answered.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"who answered {(int)answered.StatusCode}");
        return draft;
    }

    /// <summary>Sends the draft from its check page and returns the reference.</summary>
    public static async Task<string> SendAsync(TestBrowser browser, string draft)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var sent = await browser.SubmitAsync($"{draft}/check", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var location = sent.Headers.Location!.OriginalString;
        Assert.Matches("^/concerns/RH-2026-(\\d{4}|G\\d{3})$", location);
        return location["/concerns/".Length..];
    }

    public static async Task<string> ReportAsync(TestBrowser browser, ConcernCategory category, int? subjectAdultId = null, bool selfReferral = false, bool childAtRisk = false) =>
        await SendAsync(browser, await WriteAsync(browser, category, subjectAdultId, selfReferral, childAtRisk));

    /// <summary>Posts files to the evidence step as a browser does: the antiforgery token first, then the files.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(TestBrowser browser, string draft, params (string FileName, byte[] Content)[] files)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(files);
        var page = await browser.GetPageAsync($"{draft}/evidence");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? Token(await browser.GetPageAsync("/concerns"));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "Files", fileName);
        }

        return await browser.Client.PostAsync(new Uri($"{draft}/evidence", UriKind.Relative), content);
    }

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    private static string Token(IDocument page) => page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task ExpectRedirectAsync(Task<HttpResponseMessage> response, string endsWith)
    {
        using var result = await response;
        Assert.True(result.StatusCode == HttpStatusCode.Redirect, $"expected a redirect to ...{endsWith}, got {(int)result.StatusCode}");
        Assert.EndsWith(endsWith, result.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
