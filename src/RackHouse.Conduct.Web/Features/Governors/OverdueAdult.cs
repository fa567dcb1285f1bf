using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>An adult past their acknowledgement deadline: name and category only.</summary>
public sealed record OverdueAdult(string FullName, AdultCategory Category);
