using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OtpNet;

namespace RackHouse.Conduct.IntegrationTests.Infrastructure;

/// <summary>Drives the portal over HTTP as a person with a browser would: reads pages, fills the forms on them
/// (antiforgery token included) and follows redirects one at a time so tests can see where each one goes.</summary>
public sealed class TestBrowser(HttpClient client) : IDisposable
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(AngleSharp.Configuration.Default);

    public HttpClient Client { get; } = client;

    public async Task<HttpResponseMessage> GetAsync(string path) => await Client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<IDocument> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    /// <summary>Fills the page's form whose action is <paramref name="action"/> (or its only form) with the given
    /// values on top of the values already in it, and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, IDictionary<string, string> values, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(values);
        var forms = page.QuerySelectorAll<IHtmlFormElement>("main form");
        var form = action is null
            ? Assert.Single(forms)
            : forms.Single(f => f.GetAttribute("action") == action);
        var fields = new List<KeyValuePair<string, string>>();
        // As a browser does: an unticked checkbox or radio button sends nothing.
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]").Where(i => i.Type is not ("checkbox" or "radio") || i.IsChecked))
        {
            if (!values.ContainsKey(input.Name!))
            {
                fields.Add(new(input.Name!, input.Value));
            }
        }

        fields.AddRange(values);
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> SubmitAsync(string path, IDictionary<string, string> values, string? action = null) =>
        await SubmitAsync(await GetPageAsync(path), values, action);

    /// <summary>Posts to a path with only the antiforgery token taken from <paramref name="tokenPage"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string tokenPage = "/")
    {
        var page = await GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{tokenPage} has no antiforgery token.");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> SignInWithPasswordAsync(string email, string password = ConductWebFactory.Password) =>
        await SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>Signs in completely, through two-factor when a secret is given. Fails the test if it does not work.</summary>
    public async Task SignInAsync(string email, string? totpSecret = null, int stepOffset = 0)
    {
        using var response = await SignInWithPasswordAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (totpSecret is null)
        {
            Assert.Equal("/", response.Headers.Location?.OriginalString);
            return;
        }

        Assert.StartsWith("/account/sign-in/two-factor", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var second = await SubmitAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = Code(totpSecret, stepOffset) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/", second.Headers.Location?.OriginalString);
    }

    public static string Code(string base32Secret, int stepOffset = 0) =>
        new Totp(Base32Encoding.ToBytes(base32Secret)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepOffset));

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return await Parser.OpenAsync(request => request.Content(html));
    }

    /// <summary>The messages of the GOV.UK error summary on a page.</summary>
    public static IReadOnlyList<string> Errors(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
    }

    public void Dispose() => Client.Dispose();
}
