namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public sealed class PublishPolicyForm
{
    /// <summary>"yes" or "no": whether everyone must acknowledge this version again.</summary>
    public string? Reacknowledge { get; set; }

    public int? DeadlineDay { get; set; }

    public int? DeadlineMonth { get; set; }

    public int? DeadlineYear { get; set; }

    public bool RequiresReacknowledgement => Reacknowledge == "yes";

    public DateOnly? Deadline =>
        DeadlineYear is { } year && DeadlineMonth is { } month && DeadlineDay is { } day && DateOnly.TryParseExact(
            $"{year:0000}-{month:00}-{day:00}", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
}
