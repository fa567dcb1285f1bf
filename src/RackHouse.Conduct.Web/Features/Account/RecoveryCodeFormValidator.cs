using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Account;

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator() =>
        RuleFor(f => f.RecoveryCode).NotEmpty().WithMessage("Enter one of your recovery codes");
}
