using RackHouse.Conduct.Web.Features.Admin.Concerns;
using RackHouse.Conduct.Web.Features.Admin.FamilyLinks;
using RackHouse.Conduct.Web.Features.Admin.People;
using RackHouse.Conduct.Web.Features.Admin.People.Import;
using RackHouse.Conduct.Web.Features.Admin.Policies;
using RackHouse.Conduct.Web.Features.Admin.Register;
using RackHouse.Conduct.Web.Features.Admin.Requests;
using RackHouse.Conduct.Web.Features.Concerns;
using RackHouse.Conduct.Web.Features.Declarations;
using RackHouse.Conduct.Web.Features.Governors;
using RackHouse.Conduct.Web.Features.Invitations;
using RackHouse.Conduct.Web.Features.PersonalData;
using RackHouse.Conduct.Web.Features.Policies;
using RackHouse.Conduct.Web.Features.Requests;
using RackHouse.Conduct.Web.Infrastructure.Audit;

namespace RackHouse.Conduct.Web.Features;

/// <summary>The services of each feature folder, and their background jobs.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddConductFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PoliciesService>()
            .AddScoped<AcknowledgementReminders>()
            .AddScoped<AdminPoliciesService>()
            .AddScoped<RegisterService>()
            .AddScoped<GovernorsService>()
            .AddSingleton<SchoolRecordsCache>()
            .AddScoped<DecisionEmails>()
            .AddScoped<FamilyLinksService>()
            .AddScoped<RequestsService>()
            .AddScoped<AdminFamilyLinksService>()
            .AddScoped<AdminRequestsService>()
            .AddScoped<PeopleService>()
            .AddScoped<InvitationsService>()
            .AddScoped<ImportService>()
            .AddSingleton<ImportUploads>()
            .AddScoped<PersonalDataService>()
            .AddScoped<IPersonalDataSection, ProfileSection>()
            .AddScoped<IPersonalDataSection, AcknowledgementsSection>()
            .AddScoped<IPersonalDataSection, FamilyLinksSection>()
            .AddScoped<IPersonalDataSection, RequestsSection>()
            .AddScoped<IPersonalDataSection, ConcernsSection>()
            .AddMemoryCache()
            .AddHttpContextAccessor();
        services.AddScoped<AuditTrail>()
            .AddScoped<AuditVerification>()
            .AddScoped<ConcernsService>()
            .AddScoped<CasesService>()
            .AddScoped<EvidenceUploadReader>()
            .AddSingleton<EvidenceStore>()
            .Configure<ConcernOptions>(configuration.GetSection(ConcernOptions.Section));
        var reminders = configuration.GetSection(ReminderOptions.Section);
        services.Configure<ReminderOptions>(reminders);
        if (reminders.Get<ReminderOptions>()?.Enabled ?? true)
        {
            services.AddHostedService<AcknowledgementReminderService>();
        }

        return services;
    }
}
