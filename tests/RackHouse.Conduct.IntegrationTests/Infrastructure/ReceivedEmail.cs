using MimeKit;

namespace RackHouse.Conduct.IntegrationTests.Infrastructure;

/// <summary>One message as the test SMTP server received it: the envelope the client gave, and the message itself.</summary>
public sealed record ReceivedEmail(string MailFrom, IReadOnlyList<string> Recipients, MimeMessage Message);
