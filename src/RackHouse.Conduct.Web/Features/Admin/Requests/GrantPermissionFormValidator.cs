using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

public sealed class GrantPermissionFormValidator : AbstractValidator<GrantPermissionForm>
{
    public GrantPermissionFormValidator() =>
        RuleFor(f => f.Conditions).MaximumLength(4000).WithMessage("The conditions must be 4,000 characters or fewer");
}
