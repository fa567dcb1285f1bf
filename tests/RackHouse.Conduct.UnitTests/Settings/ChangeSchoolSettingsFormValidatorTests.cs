using FluentValidation.TestHelper;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Web.Features.Admin.Settings;

namespace RackHouse.Conduct.UnitTests.Settings;

public sealed class ChangeSchoolSettingsFormValidatorTests
{
    private readonly ChangeSchoolSettingsFormValidator validator = new();

    [Fact]
    public void Validate_FormFromDefaultSettings_IsAccepted()
    {
        validator.TestValidate(ValidForm()).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ThirtyFirstOfSeptember_IsRefused()
    {
        var form = ValidForm();
        form.AcademicYearStartDay = 31;
        form.AcademicYearStartMonth = 9;

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.AcademicYearStartDay)
            .WithErrorMessage("The day the academic year starts must be a real date in every year (not 29 February)");
    }

    [Fact]
    public void Validate_TwentyNinthOfFebruary_IsRefused()
    {
        var form = ValidForm();
        form.DeadlineDay = 29;
        form.DeadlineMonth = 2;

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.DeadlineDay)
            .WithErrorMessage("The day of the acknowledgement deadline must be a real date in every year (not 29 February)");
    }

    [Fact]
    public void Validate_TwentyEighthOfFebruary_IsAccepted()
    {
        var form = ValidForm();
        form.DeadlineDay = 28;
        form.DeadlineMonth = 2;

        validator.TestValidate(form).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_MonthThirteen_IsRefusedOnTheMonthAlone()
    {
        var form = ValidForm();
        form.AcademicYearStartMonth = 13;

        var result = validator.TestValidate(form);

        result.ShouldHaveValidationErrorFor(f => f.AcademicYearStartMonth)
            .WithErrorMessage("The month the academic year starts must be from 1 to 12");
        result.ShouldNotHaveValidationErrorFor(f => f.AcademicYearStartDay);
    }

    [Fact]
    public void Validate_DayZero_IsRefused()
    {
        var form = ValidForm();
        form.DeadlineDay = 0;

        validator.TestValidate(form).ShouldHaveValidationErrorFor(f => f.DeadlineDay);
    }

    [Fact]
    public void Validate_MissingDayAndMonth_AsksForThem()
    {
        var form = ValidForm();
        form.AcademicYearStartDay = null;
        form.AcademicYearStartMonth = null;

        var result = validator.TestValidate(form);

        result.ShouldHaveValidationErrorFor(f => f.AcademicYearStartDay).WithErrorMessage("Enter the day the academic year starts");
        result.ShouldHaveValidationErrorFor(f => f.AcademicYearStartMonth).WithErrorMessage("Enter the month the academic year starts");
    }

    [Fact]
    public void Validate_MissingDay_AsksForItOnce()
    {
        var form = ValidForm();
        form.DeadlineDay = null;

        var result = validator.TestValidate(form);

        result.ShouldHaveValidationErrorFor(f => f.DeadlineDay).WithErrorMessage("Enter the day of the acknowledgement deadline");
        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    public void Validate_NewStarterWorkingDaysFromOneToSixty_IsAccepted(int days)
    {
        var form = ValidForm();
        form.NewStarterWorkingDays = days;

        validator.TestValidate(form).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Validate_NewStarterWorkingDaysOutsideOneToSixty_IsRefused(int days)
    {
        var form = ValidForm();
        form.NewStarterWorkingDays = days;

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.NewStarterWorkingDays)
            .WithErrorMessage("New starters' working days must be from 1 to 60");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Validate_TriageAndLadoWorkingDaysFromZeroToTen_AreAccepted(int days)
    {
        var form = ValidForm();
        form.UrgentTriageWorkingDays = days;
        form.TriageWorkingDays = days;
        form.LadoContactWorkingDays = days;

        validator.TestValidate(form).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Validate_TriageAndLadoWorkingDaysOutsideZeroToTen_AreRefused(int days)
    {
        var form = ValidForm();
        form.UrgentTriageWorkingDays = days;
        form.TriageWorkingDays = days;
        form.LadoContactWorkingDays = days;

        var result = validator.TestValidate(form);

        result.ShouldHaveValidationErrorFor(f => f.UrgentTriageWorkingDays)
            .WithErrorMessage("Working days to triage an urgent concern must be from 0 to 10");
        result.ShouldHaveValidationErrorFor(f => f.TriageWorkingDays)
            .WithErrorMessage("Working days to triage a concern must be from 0 to 10");
        result.ShouldHaveValidationErrorFor(f => f.LadoContactWorkingDays)
            .WithErrorMessage("Working days to contact the LADO must be from 0 to 10");
    }

    [Fact]
    public void Validate_MissingWorkingDays_AsksForThem()
    {
        var form = ValidForm();
        form.NewStarterWorkingDays = null;

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.NewStarterWorkingDays)
            .WithErrorMessage("Enter the new starters' working days");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankSchoolName_IsRefused(string? name)
    {
        var form = ValidForm();
        form.SchoolName = name;

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.SchoolName)
            .WithErrorMessage("Enter the school's name");
    }

    [Fact]
    public void Validate_SchoolNameOver200Characters_IsRefused()
    {
        var form = ValidForm();
        form.SchoolName = new string('a', 201);

        validator.TestValidate(form).ShouldHaveValidationErrorFor(f => f.SchoolName);
    }

    [Theory]
    [InlineData("lado.council.gov.uk")]
    [InlineData("lado@")]
    [InlineData("@council.gov.uk")]
    public void Validate_LadoEmailNotAnAddress_IsRefused(string email)
    {
        var form = ValidForm();
        form.LadoEmail = email;

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.LadoEmail)
            .WithErrorMessage("Enter the LADO's email address in the correct format, like lado@council.gov.uk");
    }

    [Fact]
    public void Validate_NoLadoEmail_IsAccepted()
    {
        var form = ValidForm();
        form.LadoEmail = null;

        validator.TestValidate(form).ShouldNotHaveAnyValidationErrors();
    }

    private static ChangeSchoolSettingsForm ValidForm() =>
        ChangeSchoolSettingsForm.From(new SchoolSettings
        {
            HeadteacherName = "Ruth Okafor",
            LadoName = "Pat Lee",
            LadoPhone = "01632 960 000",
            LadoEmail = "lado@council.gov.uk",
        });
}
