using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Infrastructure.Demo;

/// <summary>A demo sign-in: <c>{Mailbox}@rackhouse.example</c>.</summary>
public sealed record DemoAccount(string Mailbox, string Name, AdultCategory Category, string JobTitle, IReadOnlyList<string> Roles);
