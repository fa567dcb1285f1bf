namespace RackHouse.Conduct.Domain.Requests;

public enum PermissionStatus
{
    Requested,
    Granted,
    Refused,
}
