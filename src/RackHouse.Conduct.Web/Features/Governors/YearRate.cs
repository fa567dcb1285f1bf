using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>A past year's acknowledgement rate, as it stood on the year's last day.</summary>
public sealed record YearRate(AcademicYear Year, Rate Rate);
