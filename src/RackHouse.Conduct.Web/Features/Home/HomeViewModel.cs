using RackHouse.Conduct.Web.Features.Policies;

namespace RackHouse.Conduct.Web.Features.Home;

public sealed record HomeViewModel(string FirstName, string Category, IReadOnlyList<string> Roles, IReadOnlyList<HomeTask> Tasks, IReadOnlyList<PolicyStanding> Acknowledged);
