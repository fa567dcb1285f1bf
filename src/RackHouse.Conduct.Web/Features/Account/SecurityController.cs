using System.Security.Claims;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Account;

/// <summary>The adult's own account: password and two-factor authentication with an authenticator app.</summary>
[Route("account")]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class SecurityController(UserManager<ConductUser> users, SignInManager<ConductUser> signIn, ConductDbContext db, CurrentSchool currentSchool) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        var adult = await db.Adults.AsNoTracking().SingleAsync(a => a.Id == user.AdultId);
        return View(new SecurityViewModel(
            adult.FullName,
            user.Email!,
            user.TwoFactorEnabled,
            TwoFactorRequired(),
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0));
    }

    [AllowWithoutTwoFactor]
    [HttpGet("two-factor/enrol")]
    public async Task<IActionResult> Enrol()
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        return View(await EnrolModelAsync(user, new TwoFactorCodeForm()));
    }

    [AllowWithoutTwoFactor]
    [HttpPost("two-factor/enrol")]
    public async Task<IActionResult> Enrol(TwoFactorCodeForm form, [FromServices] IValidator<TwoFactorCodeForm> validator)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState, "Form");
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, form.Code!.Replace(" ", string.Empty, StringComparison.Ordinal)))
        {
            ModelState.AddModelError("Form.Code", "The code is not correct. Check the app shows the account for this portal, wait for a new code and enter that");
        }

        if (!ModelState.IsValid)
        {
            return View(await EnrolModelAsync(user, form));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        TempData["RecoveryCodes"] = string.Join(' ', codes);
        TempData["Status"] = "Two-factor authentication is on. You will need a code from your app each time you sign in.";
        return RedirectToAction(nameof(RecoveryCodes));
    }

    [HttpGet("two-factor/recovery-codes")]
    public IActionResult RecoveryCodes()
    {
        var codes = (TempData["RecoveryCodes"] as string)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return View(codes);
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Enrol));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        TempData["RecoveryCodes"] = string.Join(' ', codes);
        TempData["Status"] = "You have new recovery codes. The old ones no longer work.";
        return RedirectToAction(nameof(RecoveryCodes));
    }

    [HttpPost("two-factor/turn-off")]
    public async Task<IActionResult> TurnOff()
    {
        if (TwoFactorRequired())
        {
            // Case handlers cannot turn it off; the page offers them no button, so this is a hand-made request.
            return Forbid();
        }

        var user = await CurrentUserAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Two-factor authentication is off. You can turn it on again at any time.";
        return RedirectToAction(nameof(Index));
    }

    private bool TwoFactorRequired() => Roles.RequiringTwoFactor.Any(User.IsInRole);

    private async Task<ConductUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");

    private async Task<EnrolViewModel> EnrolModelAsync(ConductUser user, TwoFactorCodeForm form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var school = await currentSchool.GetAsync();
        var uri = AuthenticatorCode.OtpAuthUri(school.SchoolName, user.Email!, key);
        return new EnrolViewModel(AuthenticatorQrCode.PngDataUri(uri), AuthenticatorCode.Readable(key), TwoFactorRequired(), form);
    }
}
