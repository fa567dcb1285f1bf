using FluentValidation;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class RecordDiscussionFormValidator : AbstractValidator<RecordDiscussionForm>
{
    public RecordDiscussionFormValidator(TimeProvider time)
    {
        RuleFor(f => f.MeetingDate).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the date of the meeting as a real date, like 23 11 2026")
            .Must(date => date <= UkTime.Today(time)).WithMessage("The meeting date must be today or in the past")
            .OverridePropertyName(nameof(RecordDiscussionForm.MeetingDay));
        RuleFor(f => f.Notes).NotEmpty().WithMessage("Enter notes of the discussion")
            .MaximumLength(4000).WithMessage("The notes must be 4,000 characters or fewer");
    }
}
