using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

public sealed class CaseNoteFormValidator : AbstractValidator<CaseNoteForm>
{
    public CaseNoteFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the case note").MaximumLength(10000).WithMessage("The note must be 10,000 characters or fewer");
    }
}
