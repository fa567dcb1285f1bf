using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

/// <param name="Publishers">The names of the adults who published versions, by id.</param>
public sealed record PolicyDetailViewModel(Policy Policy, IReadOnlyDictionary<int, string> Publishers);
