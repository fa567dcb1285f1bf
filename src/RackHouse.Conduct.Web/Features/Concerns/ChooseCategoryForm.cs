using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed class ChooseCategoryForm
{
    public ConcernCategory? Category { get; set; }
}
