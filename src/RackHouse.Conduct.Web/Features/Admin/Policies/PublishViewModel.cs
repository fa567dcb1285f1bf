using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

/// <param name="Comparison">Word by word against the current version; null for a policy's first version.</param>
public sealed record PublishViewModel(Policy Policy, PolicyVersion Draft, PolicyVersion? Current, IReadOnlyList<ComparisonPiece>? Comparison, PublishPolicyForm Form)
{
    public static PublishViewModel For(Policy policy, PublishPolicyForm form)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var draft = policy.Draft!;
        var current = policy.CurrentVersion;
        return new PublishViewModel(policy, draft, current, current is null ? null : TextComparison.Compare(current.Body, draft.Body), form);
    }
}
