using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed class ChooseCategoryFormValidator : AbstractValidator<ChooseCategoryForm>
{
    public ChooseCategoryFormValidator()
    {
        RuleFor(f => f.Category).NotNull().WithMessage("Select what the concern is about").IsInEnum().WithMessage("Select what the concern is about");
    }
}
