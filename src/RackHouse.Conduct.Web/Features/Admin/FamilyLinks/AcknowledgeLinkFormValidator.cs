using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class AcknowledgeLinkFormValidator : AbstractValidator<AcknowledgeLinkForm>
{
    public AcknowledgeLinkFormValidator() =>
        RuleFor(f => f.Protocols).NotEmpty().WithMessage("Enter the protocols agreed with the adult")
            .MaximumLength(4000).WithMessage("The protocols must be 4,000 characters or fewer");
}
