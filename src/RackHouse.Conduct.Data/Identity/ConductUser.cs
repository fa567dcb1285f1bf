using Microsoft.AspNetCore.Identity;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Identity;

/// <summary>The sign-in account of exactly one adult.</summary>
public sealed class ConductUser : IdentityUser<int>
{
    public int AdultId { get; set; }

    public Adult Adult { get; set; } = null!;

    /// <summary>The last 30-second step whose authenticator code was accepted: a code works once only.</summary>
    public long? LastAuthenticatorTimeStep { get; set; }
}
