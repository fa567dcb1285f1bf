using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Email;

/// <summary>The outbox delivers through a real SMTP conversation on loopback, and copes with a mail server that is
/// down or refuses a message.</summary>
public sealed partial class SmtpDeliveryTests
{
    private const string NewPassword = "a different horse and battery";

    [Fact]
    public async Task ForgotPassword_ExistingAdult_EmailsAWorkingResetLinkOverSmtp()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        await factory.CreateAdultAsync("mia.jones@rackhouse.example", fullName: "Mia Jones");
        using var browser = factory.CreateBrowser();

        using (var response = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "mia.jones@rackhouse.example" }))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Check your email", (await TestBrowser.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
        }

        Assert.Empty(smtp.Received);
        Assert.Equal(1, await factory.SendDueAsync());

        var email = Assert.Single(smtp.Received);
        Assert.Equal(["mia.jones@rackhouse.example"], email.Recipients);
        Assert.Equal(EmailWebFactory.From, email.MailFrom);
        Assert.Equal("mia.jones@rackhouse.example", Assert.Single(email.Message.To.Mailboxes).Address);
        var from = Assert.Single(email.Message.From.Mailboxes);
        Assert.Equal((EmailWebFactory.FromName, EmailWebFactory.From), (from.Name, from.Address));
        Assert.Equal("Reset your password for the staff conduct portal", email.Message.Subject);
        var body = email.Message.TextBody ?? string.Empty;
        var link = ResetLink().Match(body);
        Assert.True(link.Success, $"No reset link in the email:\n{body}");

        var row = Assert.Single(await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync()));
        Assert.Equal(factory.Now, row.SentAtUtc);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.LastError);
        Assert.Null(row.ClaimedBy);

        Assert.Equal(0, await factory.SendDueAsync());
        Assert.Single(smtp.Received);

        var resetPage = await browser.GetPageAsync(new Uri(link.Value).PathAndQuery);
        using (var reset = await browser.SubmitAsync(resetPage, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Equal("/account/sign-in", reset.Headers.Location?.OriginalString);
        }

        using var signIn = await browser.SignInWithPasswordAsync("mia.jones@rackhouse.example", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SendDue_SmtpServerDown_RecordsFailureThenDeliversOnceAfterTheDelay()
    {
        await using var smtp = new SmtpListener();
        await using var factory = new EmailWebFactory(smtp);
        await factory.EnqueueAsync(("sam.patel@rackhouse.example", "A policy needs your acknowledgement", "Please read the policy."));
        await smtp.StopAsync();
        var failedAt = factory.Now;

        Assert.Equal(0, await factory.SendDueAsync());

        var failed = await SingleRowAsync(factory);
        Assert.Null(failed.SentAtUtc);
        Assert.Null(failed.AbandonedAtUtc);
        Assert.Equal(1, failed.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        Assert.Equal(failedAt.AddSeconds(30), failed.NextAttemptAtUtc);
        Assert.Null(failed.ClaimedBy);

        smtp.Start();
        factory.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await factory.SendDueAsync());
        Assert.Equal(0, smtp.Connections);

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await factory.SendDueAsync());
        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await factory.SendDueAsync());

        var email = Assert.Single(smtp.Received);
        Assert.Equal("A policy needs your acknowledgement", email.Message.Subject);
        Assert.Equal(["sam.patel@rackhouse.example"], email.Recipients);
        var sent = await SingleRowAsync(factory);
        Assert.Equal(failedAt.AddSeconds(30), sent.SentAtUtc);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task SendDue_RecipientRefusedEveryTime_AbandonsAfterMaxAttemptsAndStopsTrying()
    {
        await using var smtp = new SmtpListener();
        smtp.RejectRecipient("left.school@rackhouse.example");
        await using var factory = new EmailWebFactory(smtp);
        await factory.EnqueueAsync(
            ("left.school@rackhouse.example", "Refused", "This mailbox is gone."),
            ("still.here@rackhouse.example", "Accepted", "This one arrives."));

        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            await factory.SendDueAsync();
            factory.Clock.Advance(OutboxMessage.RetryDelay(attempt));
        }

        var rows = await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToDictionaryAsync(m => m.To));
        var refused = rows["left.school@rackhouse.example"];
        Assert.Equal(OutboxMessage.MaxAttempts, refused.Attempts);
        Assert.NotNull(refused.AbandonedAtUtc);
        Assert.Null(refused.SentAtUtc);
        Assert.Contains("No such mailbox here", refused.LastError, StringComparison.Ordinal);
        Assert.Equal(1, rows["still.here@rackhouse.example"].Attempts);
        Assert.Equal("Accepted", Assert.Single(smtp.Received).Message.Subject);

        var connectionsSoFar = smtp.Connections;
        factory.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await factory.SendDueAsync());
        Assert.Equal(connectionsSoFar, smtp.Connections);
        Assert.Equal(OutboxMessage.MaxAttempts, (await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == "left.school@rackhouse.example"))).Attempts);
    }

    private static async Task<OutboxMessage> SingleRowAsync(EmailWebFactory factory) =>
        Assert.Single(await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync()));

    [GeneratedRegex(@"https://localhost/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
