using FluentValidation.TestHelper;
using RackHouse.Conduct.Web.Features.Account;

namespace RackHouse.Conduct.UnitTests.Account;

public sealed class ResetPasswordFormValidatorTests
{
    private readonly ResetPasswordFormValidator validator = new();

    [Fact]
    public void Validate_LowerCaseOnlyPassphrase_IsAcceptedWithNoCompositionRule()
    {
        validator.TestValidate(Form("lantern moose quietly orbits")).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ElevenCharacters_IsRefused()
    {
        validator.TestValidate(Form("lanternmoos"))
            .ShouldHaveValidationErrorFor(f => f.Password)
            .WithErrorMessage("Password must be 12 characters or more");
    }

    [Fact]
    public void Validate_TwelveCharacters_IsAccepted()
    {
        validator.TestValidate(Form("lanternmoose")).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("1QAZ2WSX3EDC")]
    public void Validate_CommonPassword_IsRefused(string password)
    {
        validator.TestValidate(Form(password)).ShouldHaveValidationErrorFor(f => f.Password);
    }

    [Fact]
    public void Validate_ConfirmationDiffers_IsRefused()
    {
        var form = Form("lantern moose quietly orbits");
        form.ConfirmPassword = "lantern moose quietly orbitz";

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.ConfirmPassword)
            .WithErrorMessage("The passwords do not match");
    }

    [Fact]
    public void Validate_MissingToken_SaysTheLinkIsIncomplete()
    {
        var form = Form("lantern moose quietly orbits");
        form.Token = null;

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.Token)
            .WithErrorMessage("This link is incomplete. Use the link in your email, or ask for a new one");
    }

    [Fact]
    public void Validate_MissingEmail_AsksForIt()
    {
        var form = Form("lantern moose quietly orbits");
        form.Email = " ";

        validator.TestValidate(form)
            .ShouldHaveValidationErrorFor(f => f.Email)
            .WithErrorMessage("Enter your email address");
    }

    private static ResetPasswordForm Form(string password) => new()
    {
        Email = "sam@rackhouse.example",
        Token = "CfDJ8token",
        Password = password,
        ConfirmPassword = password,
    };
}
