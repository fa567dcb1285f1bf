using FluentValidation;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class ReferralFormValidator : AbstractValidator<ReferralForm>
{
    public ReferralFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Type).NotNull().WithMessage("Select who the concern was referred to").IsInEnum().WithMessage("Select who the concern was referred to");
        RuleFor(f => f.ReferredDay)
            .Must((form, _) => form.ReferredOn is not null).WithMessage("Enter the date of the referral as a real date, like 27 3 2026")
            .Must((form, _) => form.ReferredOn is not { } date || date <= UkTime.Today(time)).WithMessage("The date of the referral must be today or in the past");
        RuleFor(f => f.ExternalReference).MaximumLength(200).WithMessage("Their reference must be 200 characters or fewer");
        RuleFor(f => f.Advice).NotEmpty().WithMessage("Record the advice given, or that none was given")
            .MaximumLength(10000).WithMessage("The advice must be 10,000 characters or fewer");
    }
}
