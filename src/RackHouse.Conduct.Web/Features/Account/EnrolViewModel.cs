namespace RackHouse.Conduct.Web.Features.Account;

public sealed record EnrolViewModel(string QrCodeDataUri, string ReadableKey, bool Required, TwoFactorCodeForm Form);
