using RackHouse.Conduct.Domain.Declarations;

namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

/// <summary>The register's filters, from the query string. Empty means all.</summary>
public sealed class DeclarationFilter
{
    public DeclarationStatus? Status { get; set; }

    public string? YearGroup { get; set; }

    public int? Adult { get; set; }

    /// <summary>Only open links of pupils who have left.</summary>
    public bool Review { get; set; }

    public bool Matches(DeclarationRegisterRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (Status is null || row.Status == Status)
            && (string.IsNullOrEmpty(YearGroup) || row.YearGroup == YearGroup)
            && (Adult is null || row.AdultId == Adult)
            && (!Review || row.NeedsReview);
    }
}
