using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class TriageForm
{
    public ThresholdDecision? Decision { get; set; }

    public string? Rationale { get; set; }
}
