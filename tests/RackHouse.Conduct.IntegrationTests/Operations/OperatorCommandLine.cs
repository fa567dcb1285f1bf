using System.Diagnostics;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Operations;

/// <summary>The built portal run as an operator runs it, <c>dotnet RackHouse.Conduct.Web.dll &lt;command&gt;</c>, in a
/// process of its own, configured only through environment variables. The Web project's build output is copied
/// beside the test assembly, so the same build the other tests use is the one run here.</summary>
public sealed class OperatorCommandLine(string dataFolder, TestDatabase database)
{
    public const string WebAssembly = "RackHouse.Conduct.Web.dll";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public async Task<CommandResult> RunAsync(string[] arguments, string? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = AppContext.BaseDirectory;
        Assert.True(File.Exists(Path.Combine(folder, WebAssembly)), $"{WebAssembly} is not in {folder}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["App__DataFolder"] = dataFolder;
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__ConnectionString"] = database.ConnectionString;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' was still running after {Patience}.");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>The dotnet host that runs the tests, so the app runs on the same SDK and runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        return Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
