using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class MatchPupilFormValidator : AbstractValidator<MatchPupilForm>
{
    public MatchPupilFormValidator() =>
        RuleFor(f => f.PupilId).NotNull().WithMessage("Select the pupil on the school's roll");
}
