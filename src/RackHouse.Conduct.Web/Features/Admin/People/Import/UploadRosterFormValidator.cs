using FluentValidation;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

public sealed class UploadRosterFormValidator : AbstractValidator<UploadRosterForm>
{
    public UploadRosterFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Select whether the file lists adults or pupils");
        RuleFor(f => f.File).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Select a CSV file")
            .Must(file => file!.Length > 0).WithMessage("The selected file is empty")
            .Must(file => file!.Length <= UploadRosterForm.MaximumBytes).WithMessage("The selected file must be smaller than 20 MB")
            .Must(file => file!.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || file.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .WithMessage("The selected file must be a CSV file");
    }
}
