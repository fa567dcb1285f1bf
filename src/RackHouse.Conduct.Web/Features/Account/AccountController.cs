using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Email;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Security;

namespace RackHouse.Conduct.Web.Features.Account;

/// <summary>Signing in and out, and passwords. There is no registration: accounts are made by invitation.</summary>
[Route("account")]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class AccountController(SignInManager<ConductUser> signIn, UserManager<ConductUser> users) : Controller
{
    private const string WrongCredentials = "Enter a correct email address and password";

    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl(returnUrl)) : View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> SignIn(SignInForm form, [FromServices] IValidator<SignInForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(form.Email!.Trim(), form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(SignInTwoFactor), new { returnUrl = form.ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            return View("LockedOut");
        }

        ModelState.AddModelError(nameof(SignInForm.Email), WrongCredentials);
        return View(form);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/two-factor")]
    public async Task<IActionResult> SignInTwoFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(SignIn))
            : View(new TwoFactorCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in/two-factor")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> SignInTwoFactor(TwoFactorCodeForm form, [FromServices] IValidator<TwoFactorCodeForm> validator)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(form.Code!.Replace(" ", string.Empty, StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return View("LockedOut");
        }

        ModelState.AddModelError(nameof(TwoFactorCodeForm.Code), "The code is not correct, or it has already been used. Wait for a new code in your app and enter that");
        return View(form);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/recovery-code")]
    public async Task<IActionResult> SignInRecoveryCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(SignIn))
            : View(new RecoveryCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in/recovery-code")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> SignInRecoveryCode(RecoveryCodeForm form, [FromServices] IValidator<RecoveryCodeForm> validator)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode!.Trim());
        if (result.Succeeded)
        {
            TempData["Status"] = "You signed in with a recovery code. It cannot be used again.";
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return View("LockedOut");
        }

        ModelState.AddModelError(nameof(RecoveryCodeForm.RecoveryCode), "That recovery code is not correct or has already been used");
        return View(form);
    }

    [AllowWithoutTwoFactor]
    [HttpPost("sign-out")]
    public async Task<IActionResult> EndSession()
    {
        await signIn.SignOutAsync();
        TempData["Status"] = "You have signed out.";
        return RedirectToAction(nameof(SignIn));
    }

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> ForgotPassword(
        ForgotPasswordForm form,
        [FromServices] IValidator<ForgotPasswordForm> validator,
        [FromServices] EmailOutbox outbox,
        [FromServices] PortalAddress address,
        [FromServices] ConductDbContext db)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // The same answer whether or not the address has an account, so the page cannot be used to find staff.
        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is not null && !DisabledAccounts.IsDisabled(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = address.Link("/account/reset-password" + QueryString.Create(new Dictionary<string, string?> { ["email"] = user.Email, ["token"] = token }).ToUriComponent(), Request);
            outbox.Enqueue(
                user.Email!,
                "Reset your password for the staff conduct portal",
                $"Someone asked to reset the password for your staff conduct portal account.\n\nTo choose a new password, open this link within 2 hours:\n{link}\n\nIf it was not you, you can ignore this email: your password has not changed.");
            await db.SaveChangesAsync();
        }

        return View("ForgotPasswordSent", form.Email!.Trim());
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? token) => View(new ResetPasswordForm { Email = email, Token = token });

    [AllowAnonymous]
    [HttpPost("reset-password")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        // A leaver's account stays disabled: a reset link must not unlock it.
        var result = user is null || DisabledAccounts.IsDisabled(user)
            ? IdentityResult.Failed(new IdentityError { Code = nameof(IdentityErrorDescriber.InvalidToken) })
            : await users.ResetPasswordAsync(user, form.Token!, form.Password!);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user!, null);
            await users.ResetAccessFailedCountAsync(user!);
            TempData["Status"] = "Your password has been changed. Sign in with your new password.";
            return RedirectToAction(nameof(SignIn));
        }

        foreach (var error in result.Errors)
        {
            if (error.Code == nameof(IdentityErrorDescriber.InvalidToken))
            {
                ModelState.AddModelError(string.Empty, "This link has expired or has already been used. Ask for a new one from the sign-in page");
            }
            else
            {
                ModelState.AddModelError(nameof(ResetPasswordForm.Password), error.Description);
            }
        }

        return View(form);
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator)
    {
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            TempData["Status"] = "Your password has been changed.";
            return RedirectToAction("Index", "Security");
        }

        foreach (var error in result.Errors)
        {
            var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(ChangePasswordForm.CurrentPassword) : nameof(ChangePasswordForm.NewPassword);
            var message = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Your current password is not correct" : error.Description;
            ModelState.AddModelError(field, message);
        }

        return View(form);
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
