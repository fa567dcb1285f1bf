using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class TriageFormValidator : AbstractValidator<TriageForm>
{
    public TriageFormValidator()
    {
        RuleFor(f => f.Decision).NotNull().WithMessage("Select the threshold decision").IsInEnum().WithMessage("Select the threshold decision");
        RuleFor(f => f.Rationale).NotEmpty().WithMessage("Give the rationale for the decision, including a decision not to refer")
            .MaximumLength(10000).WithMessage("The rationale must be 10,000 characters or fewer");
    }
}
