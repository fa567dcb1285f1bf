namespace RackHouse.Conduct.Web.Infrastructure.Authorization;

/// <summary>Marks the few pages a case handler may reach before enrolling in two-factor authentication.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
