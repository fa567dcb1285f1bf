using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace RackHouse.Conduct.Benchmarks;

/// <summary>One 20 MB evidence file uploaded to a report. Target (issue 5): the portal's peak memory grows by less than
/// 5 MB above idle while it takes the file, because the file streams to disk instead of being held in memory.</summary>
public sealed class EvidenceUploadBenchmark : IBenchmark
{
    private const long FileBytes = 20L * 1024 * 1024;
    private const long MostGrowthBytes = 5L * 1024 * 1024;

    public string Name => "evidence-upload";

    public string Description => "peak memory growth of the portal while a 20 MB evidence file is uploaded (target under 5 MB above idle)";

    public async Task<bool> RunAsync(BenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var portal = await PortalProcess.StartAsync(options, withDemoData: true);
        using var client = portal.CreateClient();
        await client.SignInAsync("teacher@rackhouse.example");
        var draft = await WriteReportAsync(client);

        // Warm up the upload path (JIT, buffers, the evidence folder) with a small file first.
        await UploadAsync(client, draft, 64 * 1024);
        await Task.Delay(TimeSpan.FromSeconds(2));
        portal.ResetPeakMemory();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var idle = portal.MemoryBytes;
        portal.ResetPeakMemory();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await UploadAsync(client, draft, FileBytes);
        var elapsed = started.Elapsed;
        var growth = portal.PeakMemoryBytes - idle;

        var stored = Directory.GetFiles(Path.Combine(portal.DataFolder, "evidence")).Select(f => new FileInfo(f).Length).ToList();
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  uploaded {FileBytes / (1024 * 1024)} MB in {elapsed.TotalSeconds:0.00} s; stored files: {string.Join(", ", stored.Select(s => $"{s:N0} bytes"))}"));
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  idle resident memory {idle / (1024.0 * 1024):0.0} MB; peak during the upload {(idle + growth) / (1024.0 * 1024):0.0} MB; growth {growth / (1024.0 * 1024):0.00} MB (target under 5 MB)"));
        return stored.Contains(FileBytes) && growth < MostGrowthBytes;
    }

    /// <summary>Answers the report's questions (a self-referral about trolling) and returns its draft path.</summary>
    private static async Task<string> WriteReportAsync(PortalClient client)
    {
        var index = await client.GetPageAsync("/concerns");
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", index.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        using var start = await client.Http.PostAsync(new Uri("/concerns/new", UriKind.Relative), form);
        var draft = start.Headers.Location!.OriginalString[..^"/category".Length];
        await Expect(client.SubmitAsync($"{draft}/category", new Dictionary<string, string> { ["Category"] = "Trolling" }));
        await Expect(client.SubmitAsync($"{draft}/what-happened", new Dictionary<string, string> { ["Description"] = "Screenshots of posts about the school." }));
        await Expect(client.SubmitAsync($"{draft}/who", new Dictionary<string, string> { ["IsSelfReferral"] = "true" }));
        return draft;
    }

    /// <summary>Posts a PNG of the given size as a browser does: the antiforgery token first, then the file, streamed.</summary>
    private static async Task UploadAsync(PortalClient client, string draft, long bytes)
    {
        var page = await client.GetPageAsync($"{draft}/evidence");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new StreamContent(new GeneratedPng(bytes), 64 * 1024);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "Files", "screenshot.png");
        await Expect(client.Http.PostAsync(new Uri($"{draft}/evidence", UriKind.Relative), content));
    }

    private static async Task Expect(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}.");
        }
    }

    /// <summary>A PNG signature followed by filler, produced as it is read, so the client holds no 20 MB either.</summary>
    private sealed class GeneratedPng(long length) : Stream
    {
        private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var take = (int)Math.Min(count, length - position);
            for (var i = 0; i < take; i++)
            {
                var at = position + i;
                buffer[offset + i] = at < Signature.Length ? Signature[at] : (byte)(at * 31 % 251);
            }

            position += take;
            return take;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
