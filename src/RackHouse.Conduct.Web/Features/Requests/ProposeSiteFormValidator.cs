using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Requests;

public sealed class ProposeSiteFormValidator : AbstractValidator<ProposeSiteForm>
{
    public ProposeSiteFormValidator()
    {
        RuleFor(f => f.Platform).NotEmpty().WithMessage("Enter the platform, like Facebook, Instagram or YouTube")
            .MaximumLength(100).WithMessage("The platform must be 100 characters or fewer");
        RuleFor(f => f.Address).NotEmpty().WithMessage("Enter the site's name or address")
            .MaximumLength(500).WithMessage("The name or address must be 500 characters or fewer");
        RuleFor(f => f.Purpose).NotEmpty().WithMessage("Enter the pedagogical or business reason for the site")
            .MaximumLength(4000).WithMessage("The reason must be 4,000 characters or fewer");
        RuleFor(f => f.Audience).NotEmpty().WithMessage("Enter who the site is for")
            .MaximumLength(1000).WithMessage("The audience must be 1,000 characters or fewer");
        RuleFor(f => f.Moderators).NotEmpty().WithMessage("Enter who will moderate the site")
            .MaximumLength(1000).WithMessage("Who moderates must be 1,000 characters or fewer");
    }
}
