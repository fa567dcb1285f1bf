using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Requests;

public sealed class AskPermissionFormValidator : AbstractValidator<AskPermissionForm>
{
    public AskPermissionFormValidator()
    {
        RuleFor(f => f.What).NotEmpty().WithMessage("Enter what you are asking permission to do")
            .MaximumLength(2000).WithMessage("What you are asking must be 2,000 characters or fewer");
        RuleFor(f => f.WithWhom).NotEmpty().WithMessage("Enter who it is with, like a pupil's parent")
            .MaximumLength(500).WithMessage("With whom must be 500 characters or fewer");
        RuleFor(f => f.Why).NotEmpty().WithMessage("Enter why you need to")
            .MaximumLength(4000).WithMessage("Why must be 4,000 characters or fewer");
        RuleFor(f => f.HowLong).NotEmpty().WithMessage("Enter for how long, like this term or until a date")
            .MaximumLength(200).WithMessage("For how long must be 200 characters or fewer");
    }
}
