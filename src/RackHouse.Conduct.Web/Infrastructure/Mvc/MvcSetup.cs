using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

public static class MvcSetup
{
    public static IServiceCollection AddConductMvc(this IServiceCollection services)
    {
        var featureFolders = new FeatureFolders();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Conventions.Add(featureFolders);
            })
            .AddCookieTempDataProvider(options =>
            {
                options.Cookie.Name = IdentitySetup.CookiePrefix + "TempData";
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            });
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(featureFolders));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = IdentitySetup.CookiePrefix + "Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        services.AddFluentValidationClientsideAdapters();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(UkTime.Culture);
            options.SupportedCultures = [UkTime.Culture];
            options.SupportedUICultures = [UkTime.Culture];
        });
        services.AddScoped<CurrentSchool>();
        return services;
    }
}
