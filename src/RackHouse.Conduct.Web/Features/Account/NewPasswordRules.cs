using FluentValidation;
using RackHouse.Conduct.Web.Infrastructure.Passwords;

namespace RackHouse.Conduct.Web.Features.Account;

/// <summary>OWASP ASVS 5: at least 12 characters, no composition rules, not a common password. Identity enforces the
/// same rules again on save; these give the message beside the field.</summary>
public static class NewPasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter a new password")
            .MinimumLength(MinimumLength).WithMessage($"Password must be {MinimumLength} characters or more")
            .MaximumLength(MaximumLength).WithMessage($"Password must be {MaximumLength} characters or fewer")
            .Must(password => password is null || !CommonPasswordValidator.IsCommon(password))
            .WithMessage("This password is one of the most commonly used, so it is easy to guess. Choose another: three random words work well");
}
