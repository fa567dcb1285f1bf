using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public sealed class DraftPolicyFormValidator : AbstractValidator<DraftPolicyForm>
{
    public DraftPolicyFormValidator()
    {
        RuleFor(f => f.Body).PolicyText();
        RuleFor(f => f.ChangeSummary).MaximumLength(2000).WithMessage("The summary of changes must be 2,000 characters or fewer");
    }
}
