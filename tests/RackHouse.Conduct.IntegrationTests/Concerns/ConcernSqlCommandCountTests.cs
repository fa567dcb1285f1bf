using System.Net;
using AngleSharp.Dom;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Logging;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>The queue and the case page send a fixed, small number of SQL commands: the same with 10 concerns as with
/// 2,000, and never more than 8 (the case page's count includes writing its audit entry).</summary>
public sealed class ConcernSqlCommandCountTests
{
    private const int MostCommands = 8;

    [Theory]
    [InlineData("/admin/concerns")]
    [InlineData("/admin/concerns/RH-2026-0001")]
    public async Task Page_TenThenTwoThousandConcerns_SendsTheSameFewCommands(string path)
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@count.example", "Hester Head", Roles.Headteacher);
        using var subject = await factory.SignedInAdultAsync("subject@count.example", "Stan Subject");
        var reporter = await factory.AdultIdAsync("head@count.example");
        var subjectId = await factory.AdultIdAsync("subject@count.example");
        await factory.AddConcernsAsync(10, reporter, subjectId);
        await CountAsync(factory, head, path);

        var (atTen, tenPage) = await CountAsync(factory, head, path);
        await factory.AddConcernsAsync(1990, reporter, subjectId);
        var (atTwoThousand, twoThousandPage) = await CountAsync(factory, head, path);

        if (path == "/admin/concerns")
        {
            Assert.StartsWith("10 concerns", tenPage.QuerySelector("#count")!.TextContent, StringComparison.Ordinal);
            Assert.StartsWith("2000 concerns", twoThousandPage.QuerySelector("#count")!.TextContent, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("Case RH-2026-0001", twoThousandPage.QuerySelector("h1")!.TextContent);
        }

        Assert.InRange(atTen, 1, MostCommands);
        Assert.Equal(atTen, atTwoThousand);
    }

    private static async Task<(int Commands, IDocument Page)> CountAsync(ConcernWebFactory factory, TestBrowser browser, string path)
    {
        var id = $"count-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(CorrelationIdMiddleware.Header, id);
        using var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (factory.Commands.CountFor(id), await TestBrowser.ParseAsync(response));
    }
}
