using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using RackHouse.Conduct.Web.Infrastructure.Security;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

public static class MvcSetup
{
    public static IServiceCollection AddConductMvc(this IServiceCollection services, PortalCookies cookies)
    {
        ArgumentNullException.ThrowIfNull(cookies);
        var featureFolders = new FeatureFolders();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Conventions.Add(featureFolders);
            })
            .AddCookieTempDataProvider(options =>
            {
                options.Cookie.Name = cookies.Name("TempData");
                options.Cookie.SecurePolicy = cookies.SecurePolicy;
            });
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(featureFolders));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookies.Name("Antiforgery");
            options.Cookie.SecurePolicy = cookies.SecurePolicy;
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
        services.AddSingleton<PortalAddress>();
        return services;
    }
}
