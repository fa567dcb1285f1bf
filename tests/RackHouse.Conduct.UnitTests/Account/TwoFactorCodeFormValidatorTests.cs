using FluentValidation.TestHelper;
using RackHouse.Conduct.Web.Features.Account;

namespace RackHouse.Conduct.UnitTests.Account;

public sealed class TwoFactorCodeFormValidatorTests
{
    private readonly TwoFactorCodeFormValidator validator = new();

    [Theory]
    [InlineData("123456")]
    [InlineData("123 456")]
    [InlineData(" 012345 ")]
    public void Validate_SixDigits_IsAccepted(string code)
    {
        validator.TestValidate(new TwoFactorCodeForm { Code = code }).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoCode_AsksForItOnce(string? code)
    {
        var result = validator.TestValidate(new TwoFactorCodeForm { Code = code });

        result.ShouldHaveValidationErrorFor(f => f.Code)
            .WithErrorMessage("Enter the 6-digit code from your authenticator app");
        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("abcdef")]
    public void Validate_NotSixDigits_SaysWhatACodeLooksLike(string code)
    {
        var result = validator.TestValidate(new TwoFactorCodeForm { Code = code });

        result.ShouldHaveValidationErrorFor(f => f.Code).WithErrorMessage("The code must be 6 digits, like 123456");
        Assert.Single(result.Errors);
    }
}
