using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace RackHouse.Conduct.IntegrationTests.Email;

/// <summary>With no SMTP host configured (the default), email is written to files an operator can open.</summary>
public sealed class PickupFolderTests
{
    [Fact]
    public async Task SendDue_NoSmtpHostConfigured_WritesAnEmlFileUnderTheMailFolder()
    {
        await using var factory = new EmailWebFactory(smtp: null);
        await factory.EnqueueAsync(("ola.nowak@rackhouse.example", "Your declaration is due", "Please complete your declaration."));

        Assert.Equal(1, await factory.SendDueAsync());

        var file = Assert.Single(Directory.GetFiles(Path.Combine(factory.DataFolder, "mail"), "*.eml"));
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("ola.nowak@rackhouse.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(EmailWebFactory.From, Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Your declaration is due", message.Subject);
        Assert.Equal("Please complete your declaration.", message.TextBody?.Trim());
        var row = Assert.Single(await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync()));
        Assert.Equal(factory.Now, row.SentAtUtc);
    }
}
