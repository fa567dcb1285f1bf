using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Web.Infrastructure.Demo;

namespace RackHouse.Conduct.BrowserTests.Infrastructure;

/// <summary>The real portal served by Kestrel over HTTPS on a loopback port, so a real browser can reach it: its own
/// SQLite file in a temporary folder, migrated on start-up and filled with the demo school. HTTPS because the portal
/// refuses to issue its Secure antiforgery cookie on a plain HTTP request.</summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("conduct-browser-").FullName;
    private readonly X509Certificate2 certificate = LoopbackCertificate.Create();

    public PortalServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));

    /// <summary>Where the portal writes emails: no SMTP host is configured, so they land here as .eml files.</summary>
    public string MailFolder => Path.Combine(dataFolder, "mail");

    /// <summary>Where the portal listens, such as <c>https://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public async Task StartAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.Single());
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedIfEmptyAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("App:DataFolder", dataFolder);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(dataFolder, "conduct.db")}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Email:BackgroundSending", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Security:SignInRateLimit:PermitLimit", "10000");
        builder.UseSetting("Demo:Password", DemoData.DefaultPassword);
        builder.UseSetting("Demo:TotpSecret", DemoData.DefaultTotpSecret);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            certificate.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A log file still held open by a background thread; the temp folder is cleaned by the OS.
            }
        }
    }
}
