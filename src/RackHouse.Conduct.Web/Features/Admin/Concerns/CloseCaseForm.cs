namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class CloseCaseForm
{
    public string? Summary { get; set; }

    public string? LessonsLearned { get; set; }
}
