using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;
using RackHouse.Conduct.Web.Infrastructure.Logging;

namespace RackHouse.Conduct.IntegrationTests.People;

/// <summary>The roster's lists send the same few SQL commands with 10 people as with 5,000.</summary>
public sealed class RosterSqlCommandCountTests
{
    private const int MostCommands = 8;

    [Theory]
    [InlineData("/admin/people")]
    [InlineData("/admin/people?Search=bulk&Category=Volunteer&Page=3")]
    [InlineData("/admin/people/pupils")]
    [InlineData("/admin/people/pupils?YearGroup=Year+3&Page=2")]
    [InlineData("/admin/people/invitations")]
    public async Task List_TenThenFiveThousandPeople_SendsTheSameFewCommands(string path)
    {
        await using var factory = new PolicyWebFactory();
        using var office = await factory.SignedInAdultAsync("office@count.example", AdultCategory.NonTeachingStaff, [Roles.Office]);
        await AddPeopleAsync(factory, 9);
        await CountAsync(factory, office, path);

        var (atTen, _) = await CountAsync(factory, office, path);
        await AddPeopleAsync(factory, 4_990);
        var (atFiveThousand, page) = await CountAsync(factory, office, path);

        Assert.Equal(5_000, await factory.QueryAsync(db => db.Adults.CountAsync()));
        Assert.NotEmpty(page.QuerySelectorAll("main tbody tr"));
        Assert.InRange(atTen, 1, MostCommands);
        Assert.Equal(atTen, atFiveThousand);
    }

    private static async Task AddPeopleAsync(PolicyWebFactory factory, int count) =>
        await factory.QueryAsync(async db =>
        {
            db.Adults.AddRange(Enumerable.Range(0, count).Select(i =>
                new Adult($"Bulk Adult {Guid.NewGuid():N}", $"{Guid.NewGuid():N}@count.example", (AdultCategory)(i % 10), new DateOnly(2021, 9, 1))));
            db.Pupils.AddRange(Enumerable.Range(0, count).Select(i =>
                new Pupil($"Bulk Pupil {Guid.NewGuid():N}", $"Year {i % 7}", Guid.NewGuid().ToString("N")[..12], new DateOnly(2021, 9, 6))));
            return await db.SaveChangesAsync();
        });

    private static async Task<(int Commands, IDocument Page)> CountAsync(PolicyWebFactory factory, TestBrowser browser, string path)
    {
        var id = $"count-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(CorrelationIdMiddleware.Header, id);
        using var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (factory.Commands.CountFor(id), await TestBrowser.ParseAsync(response));
    }
}
