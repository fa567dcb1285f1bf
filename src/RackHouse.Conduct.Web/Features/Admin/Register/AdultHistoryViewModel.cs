using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

public sealed record AdultHistoryViewModel(Adult Adult, IReadOnlyList<PolicyStanding> Standings, IReadOnlyList<HistoryEntry> Acknowledgements);
