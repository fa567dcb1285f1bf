using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Web.Features.Concerns;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class ReferralForm
{
    public ReferralType? Type { get; set; }

    public string? ReferredDay { get; set; }

    public string? ReferredMonth { get; set; }

    public string? ReferredYear { get; set; }

    public string? ExternalReference { get; set; }

    public string? Advice { get; set; }

    public DateOnly? ReferredOn => FormDate.Parse(ReferredDay, ReferredMonth, ReferredYear);
}
