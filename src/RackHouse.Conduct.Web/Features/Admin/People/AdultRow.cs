using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Admin.People;

public sealed record AdultRow(int Id, string FullName, string Email, AdultCategory Category, string? JobTitle, DateOnly? EndDate, AccountStatus Account);
