namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class CaseNoteForm
{
    public string? Text { get; set; }
}
