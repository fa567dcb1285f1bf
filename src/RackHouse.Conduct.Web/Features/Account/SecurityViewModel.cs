namespace RackHouse.Conduct.Web.Features.Account;

public sealed record SecurityViewModel(
    string Name,
    string Email,
    bool TwoFactorEnabled,
    bool TwoFactorRequired,
    int RecoveryCodesLeft);
