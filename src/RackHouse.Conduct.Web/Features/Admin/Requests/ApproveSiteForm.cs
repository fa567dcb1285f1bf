using RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

namespace RackHouse.Conduct.Web.Features.Admin.Requests;

public sealed class ApproveSiteForm
{
    public string? Reasons { get; set; }

    public int? ReviewDay { get; set; }

    public int? ReviewMonth { get; set; }

    public int? ReviewYear { get; set; }

    public DateOnly? ReviewOn => DateParts.ToDate(ReviewDay, ReviewMonth, ReviewYear);
}
