namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed record LowLevelViewModel(int AdultId, string AdultName, IReadOnlyList<LowLevelRow> Concerns);
