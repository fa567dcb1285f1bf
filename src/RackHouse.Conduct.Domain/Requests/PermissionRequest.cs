namespace RackHouse.Conduct.Domain.Requests;

/// <summary>An adult asks the Headteacher's express permission, e.g. to discuss a pupil with a parent through social
/// media [Responsibilities]. The decision and any conditions are kept, and the adult sees them.</summary>
public sealed class PermissionRequest : DecisionRecord<PermissionStatus, PermissionAction>
{
    public static DecisionFlow<PermissionStatus, PermissionAction> Rules { get; } = new(
        PermissionAction.Ask,
        PermissionStatus.Requested,
        [PermissionStatus.Requested, PermissionStatus.Granted],
        new(PermissionAction.Grant, Party.Headteacher, [PermissionStatus.Requested], PermissionStatus.Granted),
        new(PermissionAction.Refuse, Party.Headteacher, [PermissionStatus.Requested], PermissionStatus.Refused));

    private PermissionRequest()
    {
        What = string.Empty;
        WithWhom = string.Empty;
        Why = string.Empty;
        HowLong = string.Empty;
    }

    public PermissionRequest(int adultId, string what, string withWhom, string why, string howLong, DateTime atUtc)
        : base(Rules, adultId, atUtc, null)
    {
        What = Required(what, "What");
        WithWhom = Required(withWhom, "With whom");
        Why = Required(why, "Why");
        HowLong = Required(howLong, "For how long");
    }

    public string What { get; private set; }

    public string WithWhom { get; private set; }

    public string Why { get; private set; }

    /// <summary>For how long, in the adult's words: "this term", "until 31/03/2027".</summary>
    public string HowLong { get; private set; }

    /// <summary>The conditions the permission was granted with, if any.</summary>
    public string? Conditions => Last(PermissionAction.Grant)?.Text;

    protected override DecisionFlow<PermissionStatus, PermissionAction> Flow => Rules;

    /// <param name="conditions">Optional: a permission may be granted as asked.</param>
    public void Grant(int headteacherId, DateTime atUtc, string? conditions) =>
        Take(PermissionAction.Grant, Party.Headteacher, headteacherId, atUtc, conditions);

    public void Refuse(int headteacherId, DateTime atUtc, string reason) =>
        Take(PermissionAction.Refuse, Party.Headteacher, headteacherId, atUtc, Required(reason, "A reason"));
}
