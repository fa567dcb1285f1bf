using MimeKit;

namespace RackHouse.Conduct.Web.Infrastructure.Email;

/// <summary>With no SMTP server configured, each message becomes a .eml file that any mail program opens.</summary>
public sealed class PickupFolderMailDelivery(string folder, TimeProvider time, ILogger<PickupFolderMailDelivery> logger) : IMailDelivery
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{message.MessageId}.eml");
        await message.WriteToAsync(path, cancellationToken);
        logger.LogInformation("No SMTP host is configured: wrote email {MessageId} to {Path}", message.MessageId, path);
    }
}
