using FluentValidation;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public sealed class PublishPolicyFormValidator : AbstractValidator<PublishPolicyForm>
{
    public PublishPolicyFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Reacknowledge).Must(v => v is "yes" or "no")
            .WithMessage("Select whether everyone must acknowledge this version again");
        When(f => f.RequiresReacknowledgement, () =>
        {
            RuleFor(f => f.DeadlineDay).NotNull().WithMessage("Enter the date by which everyone must acknowledge it")
                .DependentRules(() => RuleFor(f => f.Deadline).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("The deadline must be a real date, like 9 12 2026")
                    .Must(date => date > UkTime.Today(time)).WithMessage("The deadline must be in the future")
                    .OverridePropertyName(nameof(PublishPolicyForm.DeadlineDay)));
        });
    }
}
