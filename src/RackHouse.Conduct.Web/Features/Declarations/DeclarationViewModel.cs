namespace RackHouse.Conduct.Web.Features.Declarations;

/// <param name="Protocols">The protocols agreed when the Headteacher acknowledged it.</param>
public sealed record DeclarationViewModel(OwnDeclaration Declaration, string? Protocols, IReadOnlyList<KeptStep> History, bool CanWithdraw);
