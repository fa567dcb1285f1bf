using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.People;

public sealed class SavePupilFormValidator : AbstractValidator<SavePupilForm>
{
    public SavePupilFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter the pupil's full name").MaximumLength(200).WithMessage("The name must be 200 characters or fewer");
        RuleFor(f => f.YearGroup).NotEmpty().WithMessage("Enter the pupil's year group or class").MaximumLength(50).WithMessage("The year group must be 50 characters or fewer");
        RuleFor(f => f.MisId).MaximumLength(50).WithMessage("The admission number must be 50 characters or fewer");
        RuleFor(f => f.JoinedOn).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the date the pupil joined the school")
            .Must(text => UkDateText.TryParse(text, out _)).WithMessage("The date joined must be a real date, like 04/09/2024");
        RuleFor(f => f.LeftOn).Cascade(CascadeMode.Stop)
            .Must(text => string.IsNullOrWhiteSpace(text) || UkDateText.TryParse(text, out _)).WithMessage("The last day must be a real date, like 21/07/2027")
            .Must((form, text) => string.IsNullOrWhiteSpace(text) || UkDateText.ParseOrNull(form.JoinedOn) is not { } joined || UkDateText.ParseOrNull(text) >= joined)
            .WithMessage("The last day must be on or after the date the pupil joined");
    }
}
