using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class AddendumFormValidator : AbstractValidator<AddendumForm>
{
    public AddendumFormValidator()
    {
        RuleFor(f => f.EntryId).NotNull().WithMessage("Select the entry the addendum corrects or adds to");
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the addendum").MaximumLength(10000).WithMessage("The addendum must be 10,000 characters or fewer");
    }
}
