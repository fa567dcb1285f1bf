using FluentValidation;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed class WhatHappenedFormValidator : AbstractValidator<WhatHappenedForm>
{
    public WhatHappenedFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe what happened").MaximumLength(10000).WithMessage("What happened must be 10,000 characters or fewer");
        RuleFor(f => f.Platform).MaximumLength(200).WithMessage("The platform must be 200 characters or fewer");
        RuleFor(f => f.Address).MaximumLength(2000).WithMessage("The address or location must be 2,000 characters or fewer");
        RuleFor(f => f.DeviceLocation).NotEmpty().When(f => f.IsIndecentImages).WithMessage("Say where the device is now")
            .MaximumLength(1000).WithMessage("Where the device is must be 1,000 characters or fewer");
        RuleFor(f => f.HappenedDay)
            .Must((form, _) => FormDate.IsEmpty(form.HappenedDay, form.HappenedMonth, form.HappenedYear) || form.HappenedOn is not null)
            .WithMessage("The date it happened must be a real date, like 27 3 2026")
            .Must((form, _) => form.HappenedOn is not { } date || date <= UkTime.Today(time))
            .WithMessage("The date it happened must be today or in the past");
        RuleFor(f => f.FoundDay)
            .Must((form, _) => FormDate.IsEmpty(form.FoundDay, form.FoundMonth, form.FoundYear) || form.FoundOn is not null)
            .WithMessage("The date it was found must be a real date, like 27 3 2026")
            .Must((form, _) => form.FoundOn is not { } date || date <= UkTime.Today(time))
            .WithMessage("The date it was found must be today or in the past")
            .Must((form, _) => form.FoundOn is not { } found || form.HappenedOn is not { } happened || found >= happened)
            .WithMessage("The date it was found must be the same as or after the date it happened");
    }
}
