namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class AddendumForm
{
    public long? EntryId { get; set; }

    public string? Text { get; set; }
}
