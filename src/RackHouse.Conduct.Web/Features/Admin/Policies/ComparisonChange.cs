namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public enum ComparisonChange
{
    Unchanged,
    Added,
    Removed,
}
