namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>Whether a list shows the people at the school now, or those who have left.</summary>
public enum PeopleStatus
{
    Current,
    Left,
}
