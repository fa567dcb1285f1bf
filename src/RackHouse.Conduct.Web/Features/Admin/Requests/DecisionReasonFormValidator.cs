using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

public sealed class DecisionReasonFormValidator : AbstractValidator<DecisionReasonForm>
{
    public DecisionReasonFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason, which the adult will see")
            .MaximumLength(4000).WithMessage("The reason must be 4,000 characters or fewer");
}
