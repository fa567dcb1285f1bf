using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;

namespace RackHouse.Conduct.Benchmarks;

/// <summary>The office imports a trust's roster through the pages: 10,000 adults, then 50,000 pupils, each uploaded,
/// previewed and confirmed. Target (issue 6): both imports together under 10 seconds, the portal's peak memory no
/// more than 200 MB above its idle size before the imports (the idle portal alone is about 165 MB here), and each
/// preview page under 2 seconds.</summary>
public sealed class RosterImportBenchmark : IBenchmark
{
    private const int AdultCount = 10_000;
    private const int PupilCount = 50_000;
    private const long MemoryTarget = 200L * 1024 * 1024;

    private static readonly string[] Categories = ["Teacher", "Support staff", "Agency", "Volunteer", "Governor", "Trainee teacher"];

    public string Name => "roster-import";

    public string Description => "imports 10,000 adults and 50,000 pupils from CSV through upload, preview and confirm";

    public async Task<bool> RunAsync(BenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var portal = await PortalProcess.StartAsync(options, withDemoData: true);
        using var office = portal.CreateClient();
        await office.SignInAsync("office@rackhouse.example");
        await office.GetPageAsync("/admin/people");
        var idle = portal.MemoryBytes;
        portal.ResetPeakMemory();

        var adults = await ImportAsync(office, "Adults", AdultsFile(), "/admin/people");
        var pupils = await ImportAsync(office, "Pupils", PupilsFile(), "/admin/people/pupils");
        var peak = portal.PeakMemoryBytes;

        var provider = Enum.Parse<DatabaseProvider>(portal.DatabaseProvider, ignoreCase: true);
        await using var db = new ConductDbContext(ConductDatabase.DesignTimeOptions(provider, portal.DatabaseConnectionString));
        var stored = (Adults: await db.Adults.CountAsync(), Pupils: await db.Pupils.CountAsync(), Invitations: await db.Invitations.CountAsync());
        var total = adults.Total + pupils.Total;
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  adults: {adults}"));
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  pupils: {pupils}"));
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  both: {total.TotalSeconds:0.00} s; portal memory idle {idle / 1048576.0:0} MB, peak {peak / 1048576.0:0} MB (+{(peak - idle) / 1048576.0:0} MB)"));
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  stored: {stored.Adults} adults (demo school included), {stored.Pupils} pupils, {stored.Invitations} invitations"));
        return stored.Invitations >= AdultCount
            && total < TimeSpan.FromSeconds(10)
            && peak - idle < MemoryTarget
            && adults.Preview < TimeSpan.FromSeconds(2)
            && pupils.Preview < TimeSpan.FromSeconds(2);
    }

    private static async Task<ImportTimes> ImportAsync(PortalClient office, string kind, byte[] file, string listPath)
    {
        var clock = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "Kind" },
            { new ByteArrayContent(file), "File", $"{kind.ToLowerInvariant()}.csv" },
        };
        using var uploaded = await office.SubmitAsync("/admin/people/import", form);
        Expect(uploaded, HttpStatusCode.Redirect, "upload");
        var upload = clock.Elapsed;

        var previewPath = uploaded.Headers.Location!.OriginalString;
        clock.Restart();
        var preview = await office.GetPageAsync(previewPath);
        var previewTime = clock.Elapsed;

        clock.Restart();
        var token = preview.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var confirmed = await office.Http.PostAsync(new Uri(previewPath + "/confirm", UriKind.Relative), content);
        Expect(confirmed, HttpStatusCode.Redirect, "confirm");
        var confirm = clock.Elapsed;
        await office.GetPageAsync(listPath);
        return new ImportTimes(file.Length, upload, previewTime, confirm);
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string step)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"The {step} answered {(int)response.StatusCode}.");
        }
    }

    private static byte[] AdultsFile()
    {
        var csv = new StringBuilder("Legal Forename;Legal Surname;Work Email;Staff Type;Post;Employment Start Date;Payroll number\r\n");
        for (var i = 0; i < AdultCount; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Forename{i};\"Surname, {i}\";staff{i}@trust.example;{Categories[i % Categories.Length]};Post {i % 40};{1 + (i % 28):00}/09/20{10 + (i % 15)};P{i:000000}\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static byte[] PupilsFile()
    {
        var csv = new StringBuilder("Adno,Forename,Surname,Year,Reg Group,Date of Admission,Ethnicity\r\n");
        for (var i = 0; i < PupilCount; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"T{i:000000},Pupil{i},Family{i % 997},Year {i % 7},{i % 7}{(char)('A' + (i % 3))},{1 + (i % 28):00}/09/20{18 + (i % 8)},\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private sealed record ImportTimes(int Bytes, TimeSpan Upload, TimeSpan Preview, TimeSpan Confirm)
    {
        public TimeSpan Total => Upload + Preview + Confirm;

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Bytes / 1024} KB file: upload {Upload.TotalSeconds:0.00} s, preview {Preview.TotalSeconds:0.00} s, confirm {Confirm.TotalSeconds:0.00} s, total {Total.TotalSeconds:0.00} s");
    }
}
