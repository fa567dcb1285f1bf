using FluentValidation;
using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public static class PolicyTextRules
{
    public static IRuleBuilderOptions<T, string?> PolicyText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage("Enter the text of the policy")
            .MaximumLength(PolicyVersion.MaxBodyLength).WithMessage($"The text must be {PolicyVersion.MaxBodyLength:N0} characters or fewer");
}
