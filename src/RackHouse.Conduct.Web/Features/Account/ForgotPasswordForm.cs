namespace RackHouse.Conduct.Web.Features.Account;

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}
