using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class DeclineLinkFormValidator : AbstractValidator<DeclineLinkForm>
{
    public DeclineLinkFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for declining")
            .MaximumLength(4000).WithMessage("The reason must be 4,000 characters or fewer");
}
