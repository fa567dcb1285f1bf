using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class OutcomeForm
{
    public ConcernOutcome? Outcome { get; set; }

    public string? Reasons { get; set; }
}
