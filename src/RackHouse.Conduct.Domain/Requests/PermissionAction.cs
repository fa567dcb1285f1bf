namespace RackHouse.Conduct.Domain.Requests;

public enum PermissionAction
{
    Ask,
    Grant,
    Refuse,
}
