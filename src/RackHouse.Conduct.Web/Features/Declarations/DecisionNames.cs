using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>The words and tag colours the pages use for each status and each kept step.</summary>
public static class DecisionNames
{
    public static string Describe(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Submitted => "Waiting for the Headteacher",
        DeclarationStatus.Discussed => "Discussed",
        DeclarationStatus.Acknowledged => "Acknowledged",
        DeclarationStatus.Declined => "Declined",
        DeclarationStatus.Ended => "Ended",
        DeclarationStatus.Withdrawn => "Withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Colour(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Acknowledged => "green",
        DeclarationStatus.Declined => "red",
        DeclarationStatus.Ended or DeclarationStatus.Withdrawn => "grey",
        _ => "yellow",
    };

    public static string Describe(SiteRequestStatus status) => status switch
    {
        SiteRequestStatus.Proposed => "Waiting for the Headteacher",
        SiteRequestStatus.Approved => "Approved",
        SiteRequestStatus.Declined => "Declined",
        SiteRequestStatus.Closed => "Closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Colour(SiteRequestStatus status) => status switch
    {
        SiteRequestStatus.Approved => "green",
        SiteRequestStatus.Declined => "red",
        SiteRequestStatus.Closed => "grey",
        _ => "yellow",
    };

    public static string Describe(PermissionStatus status) => status switch
    {
        PermissionStatus.Requested => "Waiting for the Headteacher",
        PermissionStatus.Granted => "Granted",
        PermissionStatus.Refused => "Refused",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Colour(PermissionStatus status) => status switch
    {
        PermissionStatus.Granted => "green",
        PermissionStatus.Refused => "red",
        _ => "yellow",
    };

    public static string Describe(DeclarationAction action) => action switch
    {
        DeclarationAction.Declare => "Declared",
        DeclarationAction.RecordDiscussion => "Discussion recorded",
        DeclarationAction.Acknowledge => "Acknowledged with agreed protocols",
        DeclarationAction.Decline => "Declined",
        DeclarationAction.MatchPupil => "Linked to a pupil on the roster",
        DeclarationAction.End => "Ended",
        DeclarationAction.Withdraw => "Withdrawn",
        DeclarationAction.ConfirmStillCurrent => "Confirmed as still current",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Describe(SiteRequestAction action) => action switch
    {
        SiteRequestAction.Propose => "Proposed",
        SiteRequestAction.Approve => "Approved",
        SiteRequestAction.Decline => "Declined",
        SiteRequestAction.Close => "Closed",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Describe(PermissionAction action) => action switch
    {
        PermissionAction.Ask => "Asked",
        PermissionAction.Grant => "Granted",
        PermissionAction.Refuse => "Refused",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
