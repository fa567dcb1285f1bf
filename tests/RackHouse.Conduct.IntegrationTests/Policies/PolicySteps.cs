using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>What adults and the Headteacher do on the policy pages, posted field by field as a browser sends them:
/// one Confirmed value per ticked box and nothing for a box or radio left alone, which
/// <see cref="TestBrowser.SubmitAsync(IDocument, IDictionary{string, string}, string?)"/> cannot express.</summary>
public static class PolicySteps
{
    public static readonly string[] TeacherStatements = ["read", "scope", "monitoring", "prevent", "teachers-standards", "family-links"];

    public static readonly string[] VolunteerStatements = ["read", "scope", "monitoring", "prevent", "family-links"];

    /// <summary>Opens the policy and confirms the given statements for the version shown.</summary>
    public static async Task<HttpResponseMessage> AcknowledgeAsync(TestBrowser browser, int policyId, IEnumerable<string> confirmed, params KeyValuePair<string, string>[] extraFields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetPageAsync($"/policies/{policyId}");
        return await SubmitAcknowledgementAsync(browser, page, policyId, confirmed, extraFields);
    }

    /// <summary>Posts the acknowledgement form of a policy page already read (it may be out of date by now).</summary>
    public static async Task<HttpResponseMessage> SubmitAcknowledgementAsync(TestBrowser browser, IDocument page, int policyId, IEnumerable<string> confirmed, params KeyValuePair<string, string>[] extraFields)
    {
        ArgumentNullException.ThrowIfNull(page);
        var action = $"/policies/{policyId}";
        var fields = new List<KeyValuePair<string, string>> { new("VersionId", Form(page, action).QuerySelector<IHtmlInputElement>("input[name=VersionId]")!.Value) };
        fields.AddRange(confirmed.Select(key => new KeyValuePair<string, string>("Confirmed", key)));
        fields.AddRange(extraFields);
        return await PostAsync(browser, page, action, fields);
    }

    /// <summary>The keys of the statements ticked on a policy page.</summary>
    public static IReadOnlyList<string> Ticked(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll<IHtmlInputElement>("input[name=Confirmed]").Where(box => box.HasAttribute("checked")).Select(box => box.Value).ToList();
    }

    /// <summary>The keys of every statement offered on a policy page, in order.</summary>
    public static IReadOnlyList<string> Offered(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll<IHtmlInputElement>("input[name=Confirmed]").Select(box => box.Value).ToList();
    }

    public static async Task StartDraftAsync(TestBrowser browser, int policyId)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var response = await browser.PostAsync($"/admin/policies/{policyId}/draft/start", $"/admin/policies/{policyId}");
        Assert.Equal($"/admin/policies/{policyId}/draft", response.Headers.Location?.OriginalString);
    }

    public static async Task SaveDraftAsync(TestBrowser browser, int policyId, string body, string changeSummary = "")
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var response = await browser.SubmitAsync($"/admin/policies/{policyId}/draft", new Dictionary<string, string>
        {
            ["Form.Body"] = body,
            ["Form.ChangeSummary"] = changeSummary,
        });
        Assert.Equal($"/admin/policies/{policyId}/draft", response.Headers.Location?.OriginalString);
    }

    /// <summary>Submits the publish form: <paramref name="reacknowledge"/> "yes", "no" or null for no choice, and the
    /// deadline's day, month and year as typed.</summary>
    public static async Task<HttpResponseMessage> PublishAsync(TestBrowser browser, int policyId, string? reacknowledge, string day = "", string month = "", string year = "")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var action = $"/admin/policies/{policyId}/draft/publish";
        var page = await browser.GetPageAsync(action);
        var fields = new List<KeyValuePair<string, string>> { new("DeadlineDay", day), new("DeadlineMonth", month), new("DeadlineYear", year) };
        if (reacknowledge is not null)
        {
            fields.Add(new("Reacknowledge", reacknowledge));
        }

        return await PostAsync(browser, page, action, fields);
    }

    public static Task<HttpResponseMessage> PublishAsync(TestBrowser browser, int policyId, string? reacknowledge, DateOnly deadline) =>
        PublishAsync(
            browser,
            policyId,
            reacknowledge,
            deadline.Day.ToString(CultureInfo.InvariantCulture),
            deadline.Month.ToString(CultureInfo.InvariantCulture),
            deadline.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Posts the given fields with the antiforgery token of the page's form for <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(TestBrowser browser, IDocument page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var token = Form(page, action).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var content = new FormUrlEncodedContent(fields.Prepend(new("__RequestVerificationToken", token)));
        return await browser.Client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text, worked out here rather than by the portal's own code.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A GOV.UK summary list as key and value, with white space collapsed.</summary>
    public static Dictionary<string, string> SummaryList(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(
            row => row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(),
            row => Collapse(row.QuerySelector(".govuk-summary-list__value")!.TextContent));
    }

    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static IHtmlFormElement Form(IDocument page, string action) =>
        page.QuerySelectorAll<IHtmlFormElement>("main form").Single(f => f.GetAttribute("action") == action);
}
