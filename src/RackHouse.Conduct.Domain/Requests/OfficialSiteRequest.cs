namespace RackHouse.Conduct.Domain.Requests;

/// <summary>A proposal for an official school site or account [School social media websites]. Approved sites form the
/// register of the school's sites, each with its owner (the adult who proposed it), approval and review dates, until
/// it is closed.</summary>
public sealed class OfficialSiteRequest : DecisionRecord<SiteRequestStatus, SiteRequestAction>
{
    public static DecisionFlow<SiteRequestStatus, SiteRequestAction> Rules { get; } = new(
        SiteRequestAction.Propose,
        SiteRequestStatus.Proposed,
        [SiteRequestStatus.Proposed, SiteRequestStatus.Approved],
        new(SiteRequestAction.Approve, Party.Headteacher, [SiteRequestStatus.Proposed], SiteRequestStatus.Approved),
        new(SiteRequestAction.Decline, Party.Headteacher, [SiteRequestStatus.Proposed], SiteRequestStatus.Declined),
        new(SiteRequestAction.Close, Party.Headteacher, [SiteRequestStatus.Approved], SiteRequestStatus.Closed));

    private OfficialSiteRequest()
    {
        Platform = string.Empty;
        Address = string.Empty;
        Purpose = string.Empty;
        Audience = string.Empty;
        Moderators = string.Empty;
    }

    public OfficialSiteRequest(int adultId, string platform, string address, string purpose, string audience, string moderators, DateTime atUtc)
        : base(Rules, adultId, atUtc, null)
    {
        Platform = Required(platform, "The platform");
        Address = Required(address, "The site's name or address");
        Purpose = Required(purpose, "The purpose");
        Audience = Required(audience, "The audience");
        Moderators = Required(moderators, "Who moderates");
    }

    /// <summary>e.g. "Facebook", "X", "YouTube", "a blog".</summary>
    public string Platform { get; private set; }

    /// <summary>The name or address of the site or account.</summary>
    public string Address { get; private set; }

    /// <summary>The pedagogical or business reason.</summary>
    public string Purpose { get; private set; }

    public string Audience { get; private set; }

    public string Moderators { get; private set; }

    /// <summary>When the approved site is next to be reviewed.</summary>
    public DateOnly? ReviewOn => Last(SiteRequestAction.Approve)?.OnDate;

    protected override DecisionFlow<SiteRequestStatus, SiteRequestAction> Flow => Rules;

    public void Approve(int headteacherId, DateTime atUtc, string reasons, DateOnly reviewOn) =>
        Take(SiteRequestAction.Approve, Party.Headteacher, headteacherId, atUtc, Required(reasons, "Reasons"), reviewOn);

    public void Decline(int headteacherId, DateTime atUtc, string reasons) =>
        Take(SiteRequestAction.Decline, Party.Headteacher, headteacherId, atUtc, Required(reasons, "Reasons"));

    public void Close(int headteacherId, DateTime atUtc, string reason) =>
        Take(SiteRequestAction.Close, Party.Headteacher, headteacherId, atUtc, Required(reason, "A reason"));
}
