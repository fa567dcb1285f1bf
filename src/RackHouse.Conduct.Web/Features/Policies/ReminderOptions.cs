namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>The <c>Reminders</c> configuration section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Run the reminder job in this process. Several instances may all run it: reminders are recorded once.</summary>
    public bool Enabled { get; set; } = true;

    public int CheckMinutes { get; set; } = 60;
}
