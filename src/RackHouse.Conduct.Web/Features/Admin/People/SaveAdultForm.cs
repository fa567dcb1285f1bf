using Microsoft.AspNetCore.Mvc.ModelBinding;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>Adding or changing an adult. Roles are posted only from a form that showed them (the Headteacher's).</summary>
public sealed class SaveAdultForm
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public AdultCategory? Category { get; set; }

    public string? JobTitle { get; set; }

    public bool? WorksDirectlyWithChildren { get; set; }

    public string? Employer { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>True when the form showed the role checkboxes, so an empty list means "no roles", not "not asked".</summary>
    public bool RolesShown { get; set; }

    [BindNever]
    public bool CanChangeRoles { get; set; }

    public static SaveAdultForm From(AdultDetails details, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new()
        {
            FullName = details.FullName,
            Email = details.Email,
            Category = details.Category,
            JobTitle = details.JobTitle,
            WorksDirectlyWithChildren = details.WorksDirectlyWithChildren,
            Employer = details.Employer,
            StartDate = UkTime.Date(details.StartDate),
            EndDate = details.EndDate is { } end ? UkTime.Date(end) : null,
            Roles = roles.ToList(),
        };
    }

    /// <summary>The validated form as the domain's value.</summary>
    public AdultDetails ToDetails() => new(
        FullName!.Trim(),
        Email!.Trim(),
        Category!.Value,
        JobTitle,
        WorksDirectlyWithChildren!.Value,
        Employer,
        UkDateText.ParseOrNull(StartDate)!.Value,
        UkDateText.ParseOrNull(EndDate));
}
