using FluentValidation;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed class WhoIsInvolvedFormValidator : AbstractValidator<WhoIsInvolvedForm>
{
    public WhoIsInvolvedFormValidator()
    {
        RuleFor(f => f.SubjectKind).NotNull().When(f => !f.IsSelfReferral).WithMessage("Select who the concern is about, or that it is about your own conduct")
            .IsInEnum().WithMessage("Select who the concern is about");
        RuleFor(f => f.SubjectAdultId).NotNull().When(f => !f.IsSelfReferral && f.SubjectKind == SubjectKind.AdultOfSchool)
            .WithMessage("Select the adult of the school the concern is about");
        RuleFor(f => f.SubjectDescription).MaximumLength(500).WithMessage("Who they are must be 500 characters or fewer");
        RuleFor(f => f.PupilsInvolved).MaximumLength(1000).WithMessage("The pupils involved must be 1,000 characters or fewer");
    }
}
