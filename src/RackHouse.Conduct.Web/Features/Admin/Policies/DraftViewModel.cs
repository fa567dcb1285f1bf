using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Features.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

/// <param name="Preview">The saved draft as everyone would see it.</param>
public sealed record DraftViewModel(Policy Policy, PolicyVersion Draft, DraftPolicyForm Form, RenderedPolicy Preview);
