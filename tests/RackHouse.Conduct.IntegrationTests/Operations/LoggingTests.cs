using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Logging;

namespace RackHouse.Conduct.IntegrationTests.Operations;

/// <summary>The JSON log under the data folder records each request with its correlation id, and never a password
/// or a password-reset token, even when they pass through the portal in forms and links.</summary>
public sealed partial class LoggingTests
{
    private const string Email = "logged@operations.example";
    private const string RealPassword = "Kestrel-Marmalade-Umbrella-8823";
    private const string WrongPassword = "Wrong-Quokka-Lantern-4471";

    [Fact]
    public async Task SignInAndPasswordReset_LogRequestsWithCorrelationIdButNoSecrets()
    {
        using var factory = new ConductWebFactory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountProvisioning>()
                .CreateAsync(new Adult("Logan Ledger", Email, AdultCategory.TeachingStaff, new DateOnly(2021, 9, 1)), [], RealPassword);
        }

        using var browser = factory.CreateBrowser();
        using (var failed = await browser.SignInWithPasswordAsync(Email, WrongPassword))
        {
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        string correlationId;
        using (var succeeded = await browser.SignInWithPasswordAsync(Email, RealPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, succeeded.StatusCode);
            correlationId = Assert.Single(succeeded.Headers.GetValues(CorrelationIdMiddleware.Header));
        }

        using var anonymous = factory.CreateBrowser();
        using (var forgot = await anonymous.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = Email }))
        {
            Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        }

        var body = await factory.QueryAsync(db => Task.FromResult(db.OutboxMessages.Single(m => m.To == Email).Body));
        var link = ResetLink().Match(body);
        Assert.True(link.Success, body);
        var encodedToken = link.Groups["token"].Value;
        var token = Uri.UnescapeDataString(encodedToken);
        Assert.True(token.Length >= 20, $"Unexpectedly short token '{token}'");
        (await anonymous.GetPageAsync(new Uri(link.Value).PathAndQuery)).Dispose();

        var log = await ReadLogUntilAsync(factory.DataFolder, text => text.Contains("/account/reset-password", StringComparison.Ordinal));
        var requests = log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

        foreach (var text in new[] { log, Decoded(requests) })
        {
            Assert.DoesNotContain(RealPassword, text, StringComparison.Ordinal);
            Assert.DoesNotContain(WrongPassword, text, StringComparison.Ordinal);
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(encodedToken, text, StringComparison.Ordinal);
        }

        Assert.Contains(requests, line =>
            Text(line, "RequestMethod") == "POST"
            && Text(line, "RequestPath") == "/account/sign-in"
            && Text(line, "CorrelationId") == correlationId);
        Assert.All(
            requests.Where(line => Text(line, "RequestPath") is not null),
            line => Assert.False(string.IsNullOrEmpty(Text(line, "CorrelationId")), line.GetRawText()));
    }

    private static string? Text(JsonElement line, string property) =>
        line.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>JSON escapes some characters, so secrets are also looked for in the decoded values.</summary>
    private static string Decoded(IEnumerable<JsonElement> lines) =>
        string.Join('\n', lines.SelectMany(line => line.EnumerateObject())
            .Select(property => property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText()));

    /// <summary>The file sink is shared with the running portal, so it is read without locking it, and read again
    /// until a complete line shows the last request was logged.</summary>
    private static async Task<string> ReadLogUntilAsync(string dataFolder, Func<string, bool> written)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 100 && !written(text); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(100);
            }

            var all = await ReadAllLogsAsync(Path.Combine(dataFolder, "logs"));
            text = all[..(all.LastIndexOf('\n') + 1)];
        }

        Assert.True(written(text), $"The log never recorded the last request:{Environment.NewLine}{text}");
        return text;
    }

    private static async Task<string> ReadAllLogsAsync(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S*token=(?<token>[^\s&]+)\S*")]
    private static partial Regex ResetLink();
}
