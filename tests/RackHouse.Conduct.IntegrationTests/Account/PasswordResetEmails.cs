using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Account;

/// <summary>Asks for a password reset as an adult would and reads the link from the email waiting in the outbox.</summary>
public static partial class PasswordResetEmails
{
    public static async Task<List<OutboxMessage>> ToAsync(ConductWebFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());
    }

    /// <summary>The path and query of the reset link in the message, as a browser would open it.</summary>
    public static string LinkIn(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = ResetLink().Match(message.Body);
        Assert.True(match.Success, $"No reset link in: {message.Body}");
        return new Uri(match.Value).PathAndQuery;
    }

    /// <summary>Fills in the forgotten-password form and returns the link from the one email it sends.</summary>
    public static async Task<string> RequestLinkAsync(ConductWebFactory factory, TestBrowser browser, string email)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var before = (await ToAsync(factory, email)).Count;
        using var response = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = await ToAsync(factory, email);
        Assert.Equal(before + 1, messages.Count);
        return LinkIn(messages[^1]);
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
