using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Settings;

public sealed class ChangeSchoolSettingsFormValidator : AbstractValidator<ChangeSchoolSettingsForm>
{
    public ChangeSchoolSettingsFormValidator()
    {
        RuleFor(f => f.SchoolName).NotEmpty().WithMessage("Enter the school's name").MaximumLength(200).WithMessage("The school's name must be 200 characters or fewer");
        RuleFor(f => f.HeadteacherName).MaximumLength(200).WithMessage("The Headteacher's name must be 200 characters or fewer");
        RuleFor(f => f.SafeguardingLeadName).MaximumLength(200).WithMessage("The safeguarding lead's name must be 200 characters or fewer");
        RuleFor(f => f.ChairOfGovernorsName).MaximumLength(200).WithMessage("The chair's name must be 200 characters or fewer");
        RuleFor(f => f.LadoName).MaximumLength(200).WithMessage("The LADO's name must be 200 characters or fewer");
        RuleFor(f => f.LadoPhone).MaximumLength(50).WithMessage("The LADO's phone number must be 50 characters or fewer");
        RuleFor(f => f.LadoEmail).EmailAddress().WithMessage("Enter the LADO's email address in the correct format, like lado@council.gov.uk").MaximumLength(256);
        DayAndMonth(f => f.AcademicYearStartDay, f => f.AcademicYearStartMonth, "the academic year starts");
        DayAndMonth(f => f.DeadlineDay, f => f.DeadlineMonth, "of the acknowledgement deadline");
        WorkingDays(f => f.NewStarterWorkingDays, "New starters' working days", 1, 60);
        WorkingDays(f => f.UrgentTriageWorkingDays, "Working days to triage an urgent concern", 0, 10);
        WorkingDays(f => f.TriageWorkingDays, "Working days to triage a concern", 0, 10);
        WorkingDays(f => f.LadoContactWorkingDays, "Working days to contact the LADO", 0, 10);
    }

    private void DayAndMonth(System.Linq.Expressions.Expression<Func<ChangeSchoolSettingsForm, int?>> day, System.Linq.Expressions.Expression<Func<ChangeSchoolSettingsForm, int?>> month, string what)
    {
        RuleFor(month).NotNull().WithMessage($"Enter the month {what}").InclusiveBetween(1, 12).WithMessage($"The month {what} must be from 1 to 12");
        var monthOf = month.Compile();
        RuleFor(day).Cascade(CascadeMode.Stop).NotNull().WithMessage($"Enter the day {what}")
            .Must((form, value) => value is >= 1 && value <= DateTime.DaysInMonth(2001, Math.Clamp(monthOf(form) ?? 1, 1, 12)))
            .When(form => monthOf(form) is >= 1 and <= 12, ApplyConditionTo.CurrentValidator)
            .WithMessage($"The day {what} must be a real date in every year (not 29 February)");
    }

    private void WorkingDays(System.Linq.Expressions.Expression<Func<ChangeSchoolSettingsForm, int?>> field, string label, int min, int max) =>
        RuleFor(field).NotNull().WithMessage($"Enter the {label.ToLowerInvariant()}").InclusiveBetween(min, max).WithMessage($"{label} must be from {min} to {max}");
}
