using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Web.Infrastructure.Security;

namespace RackHouse.Conduct.Web.Features.Invitations;

/// <summary>The link in an invitation: the adult sets a password and is signed in. Case handlers then go on to
/// two-factor enrolment, which the enrolment middleware asks of them on their first page.</summary>
[Route("account/invitation")]
[AllowAnonymous]
public sealed class AcceptInvitationController(InvitationsService invitations, SignInManager<ConductUser> signIn) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Accept(string? token)
    {
        if (await invitations.OpenAsync(token) is not { } open)
        {
            return View("InvitationUnusable");
        }

        ViewData["Email"] = open.Adult.Email;
        return View(new AcceptInvitationForm { Token = token });
    }

    [HttpPost("")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> Accept(AcceptInvitationForm form, [FromServices] IValidator<AcceptInvitationForm> validator)
    {
        if (await invitations.OpenAsync(form.Token) is not { } open)
        {
            return View("InvitationUnusable");
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (user, errors) = await invitations.AcceptAsync(open.Invitation, open.Adult, form.Password!);
            if (user is not null)
            {
                await signIn.SignOutAsync();
                await signIn.SignInAsync(user, isPersistent: false);
                TempData["Status"] = "Your password is set and you have joined the staff conduct portal.";
                return Redirect("/");
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError(nameof(AcceptInvitationForm.Password), error.Description);
            }
        }

        ViewData["Email"] = open.Adult.Email;
        return View(form);
    }
}
