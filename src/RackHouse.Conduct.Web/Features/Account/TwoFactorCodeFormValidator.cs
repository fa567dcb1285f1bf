using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Account;

public sealed class TwoFactorCodeFormValidator : AbstractValidator<TwoFactorCodeForm>
{
    public TwoFactorCodeFormValidator()
    {
        RuleFor(f => f.Code)
            .NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app")
            .Must(code => code!.Replace(" ", string.Empty, StringComparison.Ordinal).Length == 6 && code.Replace(" ", string.Empty, StringComparison.Ordinal).All(char.IsAsciiDigit))
            .When(f => !string.IsNullOrWhiteSpace(f.Code), ApplyConditionTo.CurrentValidator)
            .WithMessage("The code must be 6 digits, like 123456");
    }
}
