using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>What the figures need to know of an adult: no name, no email.</summary>
public sealed record AdultRecord(int Id, AdultCategory Category, DateOnly StartDate, DateOnly? EndDate);
