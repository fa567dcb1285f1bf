namespace RackHouse.Conduct.Domain.Requests;

public enum SiteRequestAction
{
    Propose,
    Approve,
    Decline,
    Close,
}
