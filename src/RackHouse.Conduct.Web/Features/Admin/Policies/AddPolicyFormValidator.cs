using FluentValidation;
using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

public sealed class AddPolicyFormValidator : AbstractValidator<AddPolicyForm>
{
    public AddPolicyFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter the policy's title")
            .MaximumLength(200).WithMessage("The title must be 200 characters or fewer");
        RuleFor(f => f.Body).PolicyText();
    }
}
