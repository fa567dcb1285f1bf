namespace RackHouse.Conduct.Domain.Requests;

/// <summary>Who takes a step in a request: the adult who asked, or the Headteacher who decides.</summary>
public enum Party
{
    Requester,
    Headteacher,
}
