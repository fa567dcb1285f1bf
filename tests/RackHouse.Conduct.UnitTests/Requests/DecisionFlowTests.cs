using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.UnitTests.Requests;

/// <summary>Every move of the three flows, written out by hand: each (status, action, party) the table below lists is
/// allowed and leads where it says; every other combination of status, action and party is refused.</summary>
public sealed class DecisionFlowTests
{
    private const string Keep = "(same)";

    /// <summary>Status, action, party, status after.</summary>
    private static readonly string[] DeclarationMoves =
    [
        "Submitted RecordDiscussion Headteacher Discussed",
        "Discussed RecordDiscussion Headteacher Discussed",
        "Discussed Acknowledge Headteacher Acknowledged",
        "Submitted Decline Headteacher Declined",
        "Discussed Decline Headteacher Declined",
        $"Submitted MatchPupil Headteacher {Keep}",
        $"Discussed MatchPupil Headteacher {Keep}",
        $"Acknowledged MatchPupil Headteacher {Keep}",
        "Submitted End Headteacher Ended",
        "Discussed End Headteacher Ended",
        "Acknowledged End Headteacher Ended",
        "Submitted Withdraw Requester Withdrawn",
        "Discussed Withdraw Requester Withdrawn",
        "Acknowledged Withdraw Requester Withdrawn",
        $"Submitted ConfirmStillCurrent Requester {Keep}",
        $"Discussed ConfirmStillCurrent Requester {Keep}",
        $"Acknowledged ConfirmStillCurrent Requester {Keep}",
    ];

    private static readonly string[] SiteMoves =
    [
        "Proposed Approve Headteacher Approved",
        "Proposed Decline Headteacher Declined",
        "Approved Close Headteacher Closed",
    ];

    private static readonly string[] PermissionMoves =
    [
        "Requested Grant Headteacher Granted",
        "Requested Refuse Headteacher Refused",
    ];

    [Fact]
    public void Declarations_EveryStatusActionAndParty_AllowedExactlyAsListed() =>
        AssertExactly(FamilyLinkDeclaration.Rules, DeclarationMoves);

    [Fact]
    public void SiteRequests_EveryStatusActionAndParty_AllowedExactlyAsListed() =>
        AssertExactly(OfficialSiteRequest.Rules, SiteMoves);

    [Fact]
    public void PermissionRequests_EveryStatusActionAndParty_AllowedExactlyAsListed() =>
        AssertExactly(PermissionRequest.Rules, PermissionMoves);

    [Fact]
    public void Declarations_Open_AreSubmittedDiscussedAndAcknowledged()
    {
        Assert.Equal([DeclarationStatus.Submitted, DeclarationStatus.Discussed, DeclarationStatus.Acknowledged], Enum.GetValues<DeclarationStatus>().Where(FamilyLinkDeclaration.Rules.IsOpen));
        Assert.Equal([SiteRequestStatus.Proposed, SiteRequestStatus.Approved], Enum.GetValues<SiteRequestStatus>().Where(OfficialSiteRequest.Rules.IsOpen));
        Assert.Equal([PermissionStatus.Requested, PermissionStatus.Granted], Enum.GetValues<PermissionStatus>().Where(PermissionRequest.Rules.IsOpen));
    }

    [Fact]
    public void Apply_MoveNotInTheTable_ThrowsNamingWhoAndWhat()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => FamilyLinkDeclaration.Rules.Apply(DeclarationStatus.Submitted, DeclarationAction.Acknowledge, Party.Headteacher));

        Assert.Equal("Headteacher cannot Acknowledge when the status is Submitted.", refused.Message);
    }

    [Fact]
    public void AvailableTo_Discussed_ListsTheHeadteachersActionsInOrder() =>
        Assert.Equal(
            [DeclarationAction.RecordDiscussion, DeclarationAction.Acknowledge, DeclarationAction.Decline, DeclarationAction.MatchPupil, DeclarationAction.End],
            FamilyLinkDeclaration.Rules.AvailableTo(DeclarationStatus.Discussed, Party.Headteacher));

    [Fact]
    public void Constructor_SameActionTwiceForOneParty_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new DecisionFlow<PermissionStatus, PermissionAction>(
            PermissionAction.Ask,
            PermissionStatus.Requested,
            [PermissionStatus.Requested],
            new(PermissionAction.Grant, Party.Headteacher, [PermissionStatus.Requested], PermissionStatus.Granted),
            new(PermissionAction.Grant, Party.Headteacher, [PermissionStatus.Refused], PermissionStatus.Granted)));

    private static void AssertExactly<TStatus, TAction>(DecisionFlow<TStatus, TAction> flow, string[] expected)
        where TStatus : struct, Enum
        where TAction : struct, Enum
    {
        var actual = new List<string>();
        foreach (var status in Enum.GetValues<TStatus>())
        {
            foreach (var action in Enum.GetValues<TAction>())
            {
                foreach (var party in Enum.GetValues<Party>())
                {
                    if (flow.Allows(status, action, party))
                    {
                        var to = flow.Find(status, action, party)!.To;
                        Assert.Equal(to ?? status, flow.Apply(status, action, party));
                        actual.Add($"{status} {action} {party} {(to is null ? Keep : to.ToString())}");
                    }
                    else
                    {
                        Assert.Throws<InvalidOperationException>(() => flow.Apply(status, action, party));
                    }
                }
            }
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }
}
