namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

public sealed class UploadRosterForm
{
    public const long MaximumBytes = 20 * 1024 * 1024;

    public ImportKind? Kind { get; set; }

    public IFormFile? File { get; set; }
}
