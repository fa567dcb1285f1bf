using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class CloseCaseFormValidator : AbstractValidator<CloseCaseForm>
{
    public CloseCaseFormValidator()
    {
        RuleFor(f => f.Summary).NotEmpty().WithMessage("Enter a summary of the case").MaximumLength(10000).WithMessage("The summary must be 10,000 characters or fewer");
        RuleFor(f => f.LessonsLearned).MaximumLength(4000).WithMessage("Lessons learned must be 4,000 characters or fewer");
    }
}
