using MimeKit;

namespace RackHouse.Conduct.Web.Infrastructure.Email;

/// <summary>Hands one finished message to the outside world; throws when it could not.</summary>
public interface IMailDelivery
{
    Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken);
}
