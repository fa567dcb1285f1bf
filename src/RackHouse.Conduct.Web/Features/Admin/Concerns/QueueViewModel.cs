namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed record QueueViewModel(IReadOnlyList<QueueRow> Rows, int Total, string? Search, bool Closed, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
