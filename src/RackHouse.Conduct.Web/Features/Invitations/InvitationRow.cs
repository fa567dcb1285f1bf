using RackHouse.Conduct.Web.Features.Admin.People;

namespace RackHouse.Conduct.Web.Features.Invitations;

public sealed record InvitationRow(int AdultId, string FullName, string Email, AccountStatus Status, DateTime? SentAtUtc, int TimesSent);
