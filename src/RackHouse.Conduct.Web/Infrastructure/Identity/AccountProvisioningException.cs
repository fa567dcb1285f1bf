namespace RackHouse.Conduct.Web.Infrastructure.Identity;

/// <summary>An account could not be created; the message says why in words an operator can act on.</summary>
public sealed class AccountProvisioningException(string message) : Exception(message);
