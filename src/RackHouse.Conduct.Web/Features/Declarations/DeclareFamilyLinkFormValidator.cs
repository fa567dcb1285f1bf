using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Declarations;

public sealed class DeclareFamilyLinkFormValidator : AbstractValidator<DeclareFamilyLinkForm>
{
    public DeclareFamilyLinkFormValidator()
    {
        RuleFor(f => f.PupilName).NotEmpty().WithMessage("Enter the pupil's name")
            .MaximumLength(200).WithMessage("The pupil's name must be 200 characters or fewer");
        RuleFor(f => f.Relationship).NotNull().WithMessage("Select your relationship to the pupil")
            .IsInEnum().WithMessage("Select your relationship to the pupil");
        RuleFor(f => f.SocialMediaContact).Must(v => v is "yes" or "no").WithMessage("Select whether you are in contact with the pupil on social media");
        RuleFor(f => f.Platforms).NotEmpty().When(f => f.SocialMediaContact == "yes").WithMessage("Enter the social media you are in contact on, like Facebook or WhatsApp")
            .MaximumLength(500).WithMessage("The platforms must be 500 characters or fewer");
        RuleFor(f => f.Details).MaximumLength(4000).WithMessage("The details must be 4,000 characters or fewer");
    }
}
