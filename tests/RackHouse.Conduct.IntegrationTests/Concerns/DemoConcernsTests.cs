using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Demo;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>The demo school comes with concerns to show: one new, one low-level concern being worked, and one about
/// the Headteacher that only the chair sees; a report made afterwards takes the next reference.</summary>
public sealed class DemoConcernsTests
{
    [Fact]
    public async Task SeedDemo_AddsConcernsRoutedByTheRulesAndTheNextReportTakesTheNextNumber()
    {
        await using var factory = new ConcernWebFactory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoData>().SeedIfEmptyAsync());
        }

        var headId = await factory.AdultIdAsync($"head@{DemoData.Domain}");
        var head = ConcernViewer.From(headId, [Roles.Headteacher]);
        var chair = ConcernViewer.From(await factory.AdultIdAsync($"chair@{DemoData.Domain}"), [Roles.Governor, Roles.ChairOfGovernors]);
        var headSees = await factory.QueryAsync(db => db.Concerns.Where(ConcernRouting.VisibleTo(head)).Select(c => c.Status).ToListAsync());
        var chairSees = await factory.QueryAsync(db => db.Concerns.Where(ConcernRouting.VisibleTo(chair)).Select(c => c.SubjectAdultId).ToListAsync());

        Assert.Equal([ConcernStatus.New, ConcernStatus.Triaged], headSees.Order());
        Assert.Equal([headId], chairSees);
        using var reporter = await factory.SignedInAdultAsync("new@demo.example", "Nia New");
        // The demo's concern about the Headteacher is the chair's RH-2026-G001, so the Headteacher's own series has
        // no gap: the next report after their two is the third.
        Assert.Equal("RH-2026-0003", await ConcernSteps.ReportAsync(reporter, ConcernCategory.Trolling));
    }
}
