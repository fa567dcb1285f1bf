using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.People;

public sealed class SavePupilForm
{
    public string? FullName { get; set; }

    public string? YearGroup { get; set; }

    public string? MisId { get; set; }

    public string? JoinedOn { get; set; }

    public string? LeftOn { get; set; }

    public static SavePupilForm From(PupilDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new()
        {
            FullName = details.FullName,
            YearGroup = details.YearGroup,
            MisId = details.MisId,
            JoinedOn = UkTime.Date(details.JoinedOn),
            LeftOn = details.LeftOn is { } left ? UkTime.Date(left) : null,
        };
    }

    public PupilDetails ToDetails() => new(FullName!.Trim(), YearGroup!.Trim(), MisId, UkDateText.ParseOrNull(JoinedOn)!.Value, UkDateText.ParseOrNull(LeftOn));
}
