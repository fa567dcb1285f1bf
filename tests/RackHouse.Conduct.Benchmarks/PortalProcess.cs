using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RackHouse.Conduct.Benchmarks;

/// <summary>The built portal started as its own process, in Production, over HTTPS on a loopback port, with a fresh
/// data folder (and a fresh SQLite file unless a PostgreSQL connection is given). Being a separate process, its memory
/// is the server's alone: <see cref="ResetPeakMemory"/> then <see cref="PeakMemoryBytes"/> measure one operation.</summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly string certificateHash;

    private PortalProcess(Process process, IReadOnlyDictionary<string, string> environment, string certificateHash, Uri address, string dataFolder)
    {
        this.process = process;
        this.environment = environment;
        this.certificateHash = certificateHash;
        Address = address;
        DataFolder = dataFolder;
    }

    public Uri Address { get; }

    public string DataFolder { get; }

    /// <summary>The portal's database settings, for a benchmark that fills the database directly.</summary>
    public string DatabaseProvider => environment["Database__Provider"];

    public string DatabaseConnectionString => environment["Database__ConnectionString"];

    /// <summary>Resident memory now (VmRSS).</summary>
    public long MemoryBytes => ReadStatus("VmRSS:");

    /// <summary>The most resident memory since the start or the last <see cref="ResetPeakMemory"/> (VmHWM).</summary>
    public long PeakMemoryBytes => ReadStatus("VmHWM:");

    /// <summary>Starts the portal, with the demo school's accounts (password <see cref="DemoPassword"/>, TOTP secret
    /// <see cref="DemoTotpSecret"/>) when <paramref name="withDemoData"/> is set, and waits until /health/ready answers.</summary>
    public static async Task<PortalProcess> StartAsync(BenchmarkOptions options, bool withDemoData, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataFolder = Directory.CreateTempSubdirectory("conduct-benchmark-").FullName;
        var port = FreeLoopbackPort();
        var certificatePath = Path.Combine(dataFolder, "loopback.pfx");
        var (certificate, certificateHash) = LoopbackCertificate();
        await File.WriteAllBytesAsync(certificatePath, certificate);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"https://127.0.0.1:{port}",
            ["Kestrel__Certificates__Default__Path"] = certificatePath,
            ["App__DataFolder"] = dataFolder,
            ["App__PublicUrl"] = $"https://127.0.0.1:{port}",
            ["Database__Provider"] = options.Provider,
            ["Database__ConnectionString"] = options.ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "conduct.db")}",
            ["Database__MigrateOnStartup"] = "true",
            ["Email__BackgroundSending"] = "false",
            ["Reminders__Enabled"] = "false",
            ["Security__SignInRateLimit__PermitLimit"] = "1000000",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Demo__Password"] = DemoPassword,
            ["Demo__TotpSecret"] = DemoTotpSecret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        if (withDemoData)
        {
            await RunCommandAsync(environment, "seed-demo");
        }

        var process = Process.Start(StartInfo(environment, [])) ?? throw new InvalidOperationException("The portal did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 })
            {
                Console.Error.WriteLine($"portal: {line.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, environment, certificateHash, new Uri($"https://127.0.0.1:{port}"), dataFolder);
        await portal.WaitUntilReadyAsync();
        return portal;
    }

    public const string DemoPassword = "RackHouse-demo-2026";

    public const string DemoTotpSecret = "JBSWY3DPEHPK3PXP";

    /// <summary>Makes the current resident memory the new peak, so the next peak belongs to what runs after.</summary>
    public void ResetPeakMemory() => File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");

    public PortalClient CreateClient() => new(Address, certificateHash);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // The temporary folder is left for the OS to clean.
        }
    }

    private static async Task RunCommandAsync(IReadOnlyDictionary<string, string> environment, string command)
    {
        using var process = Process.Start(StartInfo(environment, [command])) ?? throw new InvalidOperationException($"'{command}' did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' failed ({process.ExitCode}): {await output}{await errors}");
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments)
    {
        var portalDll = PortalDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(portalDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(portalDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>The portal as built beside this project (same configuration), started from its own folder so it
    /// reads its appsettings.json.</summary>
    private static string PortalDll()
    {
        var configuration = typeof(PortalProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Configuration").Value;
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RackHouse.Conduct.sln")))
        {
            folder = folder.Parent;
        }

        var dll = Path.Combine(
            folder?.FullName ?? throw new InvalidOperationException("RackHouse.Conduct.sln not found above " + AppContext.BaseDirectory),
            "src", "RackHouse.Conduct.Web", "bin", configuration!, "net10.0", "RackHouse.Conduct.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first.", dll);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal stopped while starting (exit code {process.ExitCode}).");
            }

            try
            {
                using var response = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The portal was not ready within two minutes.");
            }

            await Task.Delay(200);
        }
    }

    private long ReadStatus(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").Single(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line[field.Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (byte[] Pkcs12, string Hash) LoopbackCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return (certificate.Export(X509ContentType.Pkcs12), certificate.GetCertHashString());
    }
}
