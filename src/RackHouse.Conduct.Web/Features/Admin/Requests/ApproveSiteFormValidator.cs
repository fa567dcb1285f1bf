using FluentValidation;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

public sealed class ApproveSiteFormValidator : AbstractValidator<ApproveSiteForm>
{
    public ApproveSiteFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Reasons).NotEmpty().WithMessage("Enter the reasons for approving the site")
            .MaximumLength(4000).WithMessage("The reasons must be 4,000 characters or fewer");
        RuleFor(f => f.ReviewOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the review date as a real date, like 1 7 2027")
            .Must(date => date > UkTime.Today(time)).WithMessage("The review date must be in the future")
            .OverridePropertyName(nameof(ApproveSiteForm.ReviewDay));
    }
}
