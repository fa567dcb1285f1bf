using FluentValidation;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>A leaver is marked once they have gone: the last day is today or earlier, since the account is disabled
/// at once.</summary>
public sealed class MarkAsLeftFormValidator : AbstractValidator<MarkAsLeftForm>
{
    public MarkAsLeftFormValidator(TimeProvider time)
    {
        RuleFor(f => f.LastDay).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter their last day")
            .Must(text => UkDateText.TryParse(text, out _)).WithMessage("The last day must be a real date, like 23/07/2027")
            .Must(text => UkDateText.ParseOrNull(text) <= UkTime.Today(time)).WithMessage("The last day must be today or in the past");
    }
}
