using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OtpNet;

namespace RackHouse.Conduct.Benchmarks;

/// <summary>One signed-in (or anonymous) user of the portal: its own cookies; trusts only the portal's own
/// throwaway certificate.</summary>
public sealed class PortalClient : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public PortalClient(Uri address, string certificateHash)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == certificateHash },
        };
        Http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
    }

    public HttpClient Http { get; }

    public async Task<IHtmlDocument> GetPageAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form the way a browser would: the antiforgery token is read from the page at <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, IDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var page = await GetPageAsync(path);
        var fields = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Posts a multipart form (e.g. with a file) with the antiforgery token from the page at <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, MultipartFormDataContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var page = await GetPageAsync(path);
        content.Add(new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken");
        return await Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Signs in with a password and, for the case roles, the current authenticator code.</summary>
    public async Task SignInAsync(string email, string password = PortalProcess.DemoPassword, string? totpSecret = null)
    {
        using var first = await SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (first.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} was refused ({(int)first.StatusCode}).");
        }

        if (totpSecret is null)
        {
            return;
        }

        var code = new Totp(Base32Encoding.ToBytes(totpSecret)).ComputeTotp(DateTime.UtcNow);
        using var second = await SubmitAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });
        if (second.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The authenticator code for {email} was refused ({(int)second.StatusCode}).");
        }
    }

    public void Dispose() => Http.Dispose();

    private static string AntiforgeryToken(IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no form with an antiforgery token.");
}
