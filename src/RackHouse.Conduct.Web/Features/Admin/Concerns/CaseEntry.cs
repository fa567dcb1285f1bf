using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed record CaseEntry(ChronologyEntry Entry, string Author);
