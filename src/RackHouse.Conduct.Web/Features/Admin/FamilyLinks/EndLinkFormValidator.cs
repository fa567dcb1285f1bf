using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class EndLinkFormValidator : AbstractValidator<EndLinkForm>
{
    public EndLinkFormValidator()
    {
        RuleFor(f => f.Reason).NotNull().WithMessage("Select why the link is ending").IsInEnum().WithMessage("Select why the link is ending");
        RuleFor(f => f.Note).MaximumLength(2000).WithMessage("The note must be 2,000 characters or fewer");
    }
}
