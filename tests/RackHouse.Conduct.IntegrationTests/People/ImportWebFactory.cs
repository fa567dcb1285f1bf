using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.People;

/// <summary>The portal for import tests. With <paramref name="failInvitations"/> the database refuses to store
/// invitations, the last thing a confirmed adults import writes, as a dropped connection or a full disk would.</summary>
public sealed class ImportWebFactory(bool failInvitations = false) : ConductWebFactory
{
    public const string OfficeEmail = "office@import.example";

    public async Task<TestBrowser> SignedInOfficeAsync()
    {
        await CreateAdultAsync(OfficeEmail, AdultCategory.NonTeachingStaff, [Roles.Office], fullName: "Olive Office");
        var browser = CreateBrowser();
        await browser.SignInAsync(OfficeEmail);
        return browser;
    }

    /// <summary>Uploads a file through the import page and returns where it redirects (the preview).</summary>
    public static async Task<string> UploadAsync(TestBrowser browser, string kind, byte[] content, string fileName = "export.csv")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetPageAsync("/admin/people/import");
        var token = page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "File", fileName);
        using var response = await browser.Client.PostAsync(new Uri("/admin/people/import", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static byte[] Utf8(string text, bool byteOrderMark = false) =>
        byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public async Task<int> CountAsync(Func<ConductDbContext, Task<int>> count) => await QueryAsync(count);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (failInvitations)
        {
            builder.ConfigureTestServices(services => services.ConfigureDbContext<ConductDbContext>(options => options.AddInterceptors(new RefuseInvitations())));
        }
    }

    private sealed class RefuseInvitations : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Refuse(command) ? throw new DbUpdateException("The database refused the invitations.") : ValueTask.FromResult(result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Refuse(command) ? throw new DbUpdateException("The database refused the invitations.") : ValueTask.FromResult(result);

        private static bool Refuse(DbCommand command) =>
            command.CommandText.Contains("INSERT INTO", StringComparison.OrdinalIgnoreCase) && command.CommandText.Contains("Invitations", StringComparison.Ordinal);
    }
}
