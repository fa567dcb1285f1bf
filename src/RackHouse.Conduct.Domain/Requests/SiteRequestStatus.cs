namespace RackHouse.Conduct.Domain.Requests;

public enum SiteRequestStatus
{
    Proposed,
    Approved,
    Declined,
    Closed,
}
