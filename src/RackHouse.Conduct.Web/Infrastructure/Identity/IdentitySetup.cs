using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Web.Infrastructure.Passwords;
using RackHouse.Conduct.Web.Infrastructure.Security;

namespace RackHouse.Conduct.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    public static IServiceCollection AddConductIdentity(this IServiceCollection services, PortalCookies cookies)
    {
        ArgumentNullException.ThrowIfNull(cookies);
        services.AddDataProtection()
            .SetApplicationName("RackHouse.Conduct")
            .PersistKeysToDbContext<ConductDbContext>();

        services.AddIdentity<ConductUser, IdentityRole<int>>(options =>
            {
                // OWASP ASVS 5: length, not composition rules, plus a list of common passwords.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ConductDbContext>()
            .AddUserStore<ConductUserStore>()
            .AddClaimsPrincipalFactory<ConductClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>();

        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(2));
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            // The periodic security-stamp check rebuilds the sign-in from the database and would drop how it was made:
            // keep "signed in with two-factor", or the case roles are sent to enrolment 30 minutes after signing in.
            if (context.CurrentPrincipal?.FindFirst("amr") is { } method && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim("amr", method.Value))
            {
                identity.AddClaim(new System.Security.Claims.Claim("amr", method.Value));
            }

            return Task.CompletedTask;
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = cookies.Name("Auth");
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/error/403";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = DisabledAccounts.ValidatePrincipalAsync;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A friendly 403 page at the address asked for, not a redirect that hides what happened.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, options => options.Cookie.Name = cookies.Name(scheme.Replace("Identity.", string.Empty, StringComparison.Ordinal)));
        }

        services.ConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookies.SecurePolicy;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
        });
        services.AddScoped<AccountProvisioning>();
        return services;
    }
}
