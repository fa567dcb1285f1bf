using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

/// <summary>The register's filters, from the query string. Empty means all.</summary>
public sealed class RegisterFilter
{
    public int? Policy { get; set; }

    public AdultCategory? Category { get; set; }

    public AcknowledgementStatus? Status { get; set; }

    /// <summary>Part of a name, any case.</summary>
    public string? Name { get; set; }

    public bool Matches(RegisterRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (Category is null || row.Category == Category)
            && (Status is null ? row.Status != AcknowledgementStatus.Left : row.Status == Status)
            && (string.IsNullOrWhiteSpace(Name) || row.FullName.Contains(Name.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
