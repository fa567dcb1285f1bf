using FluentValidation;
using RackHouse.Conduct.Web.Features.Account;

namespace RackHouse.Conduct.Web.Features.Invitations;

public sealed class AcceptInvitationFormValidator : AbstractValidator<AcceptInvitationForm>
{
    public AcceptInvitationFormValidator()
    {
        RuleFor(f => f.Password).NewPassword();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The passwords do not match");
    }
}
