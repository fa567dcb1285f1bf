using FluentValidation.TestHelper;
using RackHouse.Conduct.Web.Features.Account;

namespace RackHouse.Conduct.UnitTests.Account;

public sealed class ChangePasswordFormValidatorTests
{
    private readonly ChangePasswordFormValidator validator = new();

    [Fact]
    public void Validate_LowerCaseOnlyPassphrase_IsAcceptedWithNoCompositionRule()
    {
        var result = validator.TestValidate(Form("lantern moose quietly orbits"));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ElevenCharacters_IsRefused()
    {
        var result = validator.TestValidate(Form("lanternmoos"));

        result.ShouldHaveValidationErrorFor(f => f.NewPassword)
            .WithErrorMessage("Password must be 12 characters or more");
    }

    [Fact]
    public void Validate_TwelveCharacters_IsAccepted()
    {
        var result = validator.TestValidate(Form("lanternmoose"));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_MoreThan128Characters_IsRefused()
    {
        var result = validator.TestValidate(Form(new string('m', 129)));

        result.ShouldHaveValidationErrorFor(f => f.NewPassword)
            .WithErrorMessage("Password must be 128 characters or fewer");
    }

    [Fact]
    public void Validate_CommonPasswordOfTwelveCharacters_IsRefused()
    {
        var result = validator.TestValidate(Form("1qaz2wsx3edc"));

        result.ShouldHaveValidationErrorFor(f => f.NewPassword)
            .WithErrorMessage("This password is one of the most commonly used, so it is easy to guess. Choose another: three random words work well");
    }

    [Fact]
    public void Validate_ConfirmationDiffers_IsRefused()
    {
        var form = Form("lantern moose quietly orbits");
        form.ConfirmPassword = "lantern moose quietly orbit";

        var result = validator.TestValidate(form);

        result.ShouldHaveValidationErrorFor(f => f.ConfirmPassword).WithErrorMessage("The passwords do not match");
        result.ShouldNotHaveValidationErrorFor(f => f.NewPassword);
    }

    [Fact]
    public void Validate_NoNewPassword_AsksForOne()
    {
        var result = validator.TestValidate(Form(null));

        result.ShouldHaveValidationErrorFor(f => f.NewPassword).WithErrorMessage("Enter a new password");
    }

    [Fact]
    public void Validate_NoCurrentPassword_AsksForIt()
    {
        var form = Form("lantern moose quietly orbits");
        form.CurrentPassword = "";

        var result = validator.TestValidate(form);

        result.ShouldHaveValidationErrorFor(f => f.CurrentPassword).WithErrorMessage("Enter your current password");
    }

    private static ChangePasswordForm Form(string? newPassword) => new()
    {
        CurrentPassword = "the old passphrase",
        NewPassword = newPassword,
        ConfirmPassword = newPassword,
    };
}
