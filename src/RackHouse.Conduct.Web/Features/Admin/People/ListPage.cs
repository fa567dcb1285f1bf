namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>One page of a list: the rows, how many match altogether, and which page this is.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public int FirstNumber => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastNumber => Math.Min(Total, Page * PageSize);
}
