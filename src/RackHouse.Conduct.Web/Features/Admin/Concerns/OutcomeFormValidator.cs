using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class OutcomeFormValidator : AbstractValidator<OutcomeForm>
{
    public OutcomeFormValidator()
    {
        RuleFor(f => f.Outcome).NotNull().WithMessage("Select the outcome").IsInEnum().WithMessage("Select the outcome");
        RuleFor(f => f.Reasons).NotEmpty().WithMessage("Give the reasons for the outcome").MaximumLength(10000).WithMessage("The reasons must be 10,000 characters or fewer");
    }
}
