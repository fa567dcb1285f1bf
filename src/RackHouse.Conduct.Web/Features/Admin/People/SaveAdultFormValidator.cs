using FluentValidation;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Admin.People;

public sealed class SaveAdultFormValidator : AbstractValidator<SaveAdultForm>
{
    public SaveAdultFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter the adult's full name").MaximumLength(200).WithMessage("The name must be 200 characters or fewer");
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the adult's email address")
            .MaximumLength(256).WithMessage("The email address must be 256 characters or fewer")
            .Must(EmailAddressText.IsValid).WithMessage(EmailAddressText.Message);
        RuleFor(f => f.Category).NotNull().WithMessage("Select the adult's category");
        RuleFor(f => f.JobTitle).MaximumLength(200).WithMessage("The job title must be 200 characters or fewer");
        RuleFor(f => f.WorksDirectlyWithChildren).NotNull().WithMessage("Select whether the adult works directly with children");
        RuleFor(f => f.Employer).MaximumLength(200).WithMessage("The employer must be 200 characters or fewer");
        RuleFor(f => f.Employer).NotEmpty().When(f => f.Category == AdultCategory.AgencyStaff).WithMessage("Enter the agency that employs them");
        RuleFor(f => f.StartDate).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the date they started")
            .Must(text => UkDateText.TryParse(text, out _)).WithMessage("The start date must be a real date, like 01/09/2026");
        RuleFor(f => f.EndDate).Cascade(CascadeMode.Stop)
            .Must(text => string.IsNullOrWhiteSpace(text) || UkDateText.TryParse(text, out _)).WithMessage("The last day must be a real date, like 23/07/2027")
            .Must((form, text) => string.IsNullOrWhiteSpace(text) || UkDateText.ParseOrNull(form.StartDate) is not { } start || UkDateText.ParseOrNull(text) >= start)
            .WithMessage("The last day must be on or after the start date");
    }
}
