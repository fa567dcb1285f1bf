using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;
using RackHouse.Conduct.Web.Infrastructure.Logging;

namespace RackHouse.Conduct.IntegrationTests.FamilyLinks;

/// <summary>The register pages send the same few SQL commands with 10 declarations and requests as with 1,000, and
/// never more than 6.</summary>
public sealed class SqlCommandCountTests
{
    private const int MostCommands = 6;

    [Theory]
    [InlineData("/admin/family-links", "declarations")]
    [InlineData("/admin/family-links?Status=Submitted&Review=true", "declarations")]
    [InlineData("/admin/sites", null)]
    [InlineData("/admin/permissions", "requests")]
    [InlineData("/family-links", null)]
    public async Task Page_TenThenAThousand_SendsTheSameFewCommands(string path, string? captionNoun)
    {
        await using var factory = new PolicyWebFactory();
        var (browser, _, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Counting Head", Roles.Headteacher);
        using var _b = browser;
        var ownerId = path == "/family-links" ? adultId : await AddAdultAsync(factory);
        var deciderId = await AddAdultAsync(factory);
        await AddRecordsAsync(factory, ownerId, deciderId, 10);
        await CountAsync(factory, browser, path);

        var (atTen, tenPage) = await CountAsync(factory, browser, path);
        await AddRecordsAsync(factory, ownerId, deciderId, 990);
        var (atThousand, thousandPage) = await CountAsync(factory, browser, path);

        Assert.Equal(1000, await factory.QueryAsync(db => db.FamilyLinkDeclarations.CountAsync()));
        if (captionNoun is not null && !path.Contains('?', StringComparison.Ordinal))
        {
            Assert.StartsWith($"10 {captionNoun}", tenPage.QuerySelector("main caption")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.StartsWith($"1000 {captionNoun}", thousandPage.QuerySelector("main caption")!.TextContent.Trim(), StringComparison.Ordinal);
        }

        Assert.InRange(atTen, 1, MostCommands);
        Assert.Equal(atTen, atThousand);
    }

    private static async Task<int> AddAdultAsync(PolicyWebFactory factory) =>
        await factory.QueryAsync(async db =>
        {
            var adult = new Adult("Bulk Declarer", $"{Guid.NewGuid():N}@count.example", AdultCategory.TeachingStaff, new DateOnly(2020, 9, 1));
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            return adult.Id;
        });

    /// <summary>Adds declarations (half with a pupil on the roll, some who have left), site proposals and permission
    /// requests in several statuses, each with more than one step.</summary>
    private static async Task AddRecordsAsync(PolicyWebFactory factory, int adultId, int headId, int count)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.QueryAsync(async db =>
        {
            var pupils = Enumerable.Range(0, count).Select(i => new Pupil($"Bulk Pupil {Guid.NewGuid():N}", $"Year {i % 7}", $"MIS-{Guid.NewGuid():N}", new DateOnly(2022, 9, 1))).ToList();
            foreach (var pupil in pupils.Where((_, i) => i % 5 == 0))
            {
                pupil.MarkAsLeft(new DateOnly(2026, 7, 20));
            }

            db.Pupils.AddRange(pupils);
            await db.SaveChangesAsync();
            for (var i = 0; i < count; i++)
            {
                var declaration = new FamilyLinkDeclaration(adultId, i % 2 == 0 ? pupils[i].Id : null, $"Typed {i}", (FamilyRelationship)(i % 8), i % 3 == 0, "Facebook", null, now);
                if (i % 4 != 0)
                {
                    declaration.RecordDiscussion(headId, now, new DateOnly(2026, 10, 1), "Notes");
                }

                if (i % 4 == 2)
                {
                    declaration.Acknowledge(headId, now, "Protocols");
                }

                db.FamilyLinkDeclarations.Add(declaration);
                var site = new OfficialSiteRequest(adultId, "Instagram", $"@bulk{i}", "Purpose", "Parents", "Office", now);
                if (i % 2 == 0)
                {
                    site.Approve(headId, now, "Fine", new DateOnly(2027, 7, 1));
                }

                db.OfficialSiteRequests.Add(site);
                var permission = new PermissionRequest(adultId, "Talk to a parent", "A parent", "Why", "This term", now);
                if (i % 2 == 1)
                {
                    permission.Grant(headId, now, "Conditions");
                }

                db.PermissionRequests.Add(permission);
            }

            return await db.SaveChangesAsync();
        });
    }

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
