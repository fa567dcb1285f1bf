using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Logging;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>Home and the register send a small, fixed number of SQL commands whatever the size of the school: the
/// same with 10 adults as with 1,000, and never more than 6.</summary>
public sealed class SqlCommandCountTests
{
    private const int MostCommands = 6;

    [Theory]
    [InlineData("/", false)]
    [InlineData("/admin/register", true)]
    public async Task Page_TenThenAThousandAdults_SendsTheSameFewCommands(string path, bool asHeadteacher)
    {
        await using var factory = new PolicyWebFactory();
        using var browser = await factory.SignedInAdultAsync("reader@count.example", roles: asHeadteacher ? [Roles.Headteacher] : []);
        var policyId = await factory.PolicyIdAsync();
        using (var acknowledged = await PolicySteps.AcknowledgeAsync(browser, policyId, PolicySteps.TeacherStatements))
        {
            Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        }

        var versionId = await factory.VersionIdAsync(policyId, 1);
        await AddAdultsAsync(factory, 9, versionId);
        await CountAsync(factory, browser, path);

        var (atTen, tenPage) = await CountAsync(factory, browser, path);
        await AddAdultsAsync(factory, 990, versionId);
        var (atThousand, thousandPage) = await CountAsync(factory, browser, path);

        Assert.Equal(1000, await factory.QueryAsync(db => db.Adults.CountAsync()));
        if (asHeadteacher)
        {
            Assert.Equal("10 adults", tenPage.QuerySelector("main caption")!.TextContent.Trim());
            Assert.Equal("1000 adults", thousandPage.QuerySelector("main caption")!.TextContent.Trim());
        }
        else
        {
            Assert.Contains(thousandPage.QuerySelectorAll("main h2"), h => h.TextContent.Trim() == "Done this academic year");
        }

        Assert.InRange(atTen, 1, MostCommands);
        Assert.Equal(atTen, atThousand);
    }

    /// <summary>Adds adults in bulk, every other one with this year's acknowledgement.</summary>
    private static async Task AddAdultsAsync(PolicyWebFactory factory, int count, int versionId)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.QueryAsync(async db =>
        {
            var adults = Enumerable.Range(0, count)
                .Select(i => new Adult($"Bulk Adult {Guid.NewGuid():N}", $"{Guid.NewGuid():N}@count.example", (AdultCategory)(i % 10), new DateOnly(2021, 9, 1)))
                .ToList();
            db.Adults.AddRange(adults);
            await db.SaveChangesAsync();
            db.Acknowledgements.AddRange(adults.Where((_, i) => i % 2 == 0).Select(adult =>
                new Acknowledgement(adult.Id, versionId, 2026, now, [AcknowledgementStatements.ReadAndUnderstood], PolicyText.Sha256("bulk"))));
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>GETs the page under a correlation id of its own and counts the commands sent while serving it.</summary>
    private static async Task<(int Commands, IDocument Page)> CountAsync(PolicyWebFactory factory, TestBrowser browser, string path)
    {
        var id = $"count-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(CorrelationIdMiddleware.Header, id);
        using var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        return (factory.Commands.CountFor(id), page);
    }
}
