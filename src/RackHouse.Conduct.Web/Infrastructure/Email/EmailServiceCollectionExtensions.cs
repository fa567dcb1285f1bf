namespace RackHouse.Conduct.Web.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddConductEmail(this IServiceCollection services, IConfiguration configuration, AppFolders folders)
    {
        var section = configuration.GetSection(EmailOptions.Section);
        services.Configure<EmailOptions>(section);
        var options = section.Get<EmailOptions>() ?? new EmailOptions();
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            var folder = string.IsNullOrWhiteSpace(options.PickupFolder) ? folders.Mail : options.PickupFolder;
            services.AddSingleton<IMailDelivery>(provider =>
                new PickupFolderMailDelivery(folder, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<PickupFolderMailDelivery>>()));
        }
        else
        {
            services.AddSingleton<IMailDelivery, SmtpMailDelivery>();
        }

        services.AddScoped<EmailOutbox>();
        services.AddScoped<OutboxSender>();
        if (options.BackgroundSending)
        {
            services.AddHostedService<OutboxSendingService>();
        }

        return services;
    }
}
