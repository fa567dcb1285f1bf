using RackHouse.Conduct.Web.Features.Admin.People;

namespace RackHouse.Conduct.Web.Features.Invitations;

/// <param name="Joined">Adults at the school who have set a password.</param>
/// <param name="Waiting">Adults at the school who have not: invited, expired or never invited.</param>
public sealed record InvitationsViewModel(int Joined, ListPage<InvitationRow> Waiting);
