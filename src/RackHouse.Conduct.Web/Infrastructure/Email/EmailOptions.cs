using MailKit.Security;

namespace RackHouse.Conduct.Web.Infrastructure.Email;

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "conduct@rackhouse.example";

    public string FromName { get; set; } = "RackHouse Conduct";

    /// <summary>Where messages are written as .eml files when no SMTP host is set; empty means App_Data/mail.</summary>
    public string PickupFolder { get; set; } = string.Empty;

    /// <summary>Send from a background loop in this process. Every instance may do so: rows are claimed, not shared.</summary>
    public bool BackgroundSending { get; set; } = true;

    public int PollSeconds { get; set; } = 10;

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        /// <summary>Empty (the default) writes messages to the pickup folder instead of sending them.</summary>
        public string Host { get; set; } = string.Empty;

        public int Port { get; set; } = 587;

        public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

        public string UserName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public int TimeoutSeconds { get; set; } = 30;
    }
}
