using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.FamilyLinks;

/// <summary>Two people taking a step on the same declaration at the same moment: the database keeps the first and
/// refuses the second, so no step is lost to another and the status never disagrees with the history.</summary>
public sealed class ConcurrentDecisionTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    [Fact]
    public async Task TwoSteps_FromTheSameVersion_SecondIsRefused()
    {
        var (adult, _, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Raced Adult");
        using var _a = adult;
        var (head, _, headId) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var id = await FamilyLinkSteps.DeclareAsync(adult, "Raced Child", null);
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<ConductDbContext>();
        var two = second.ServiceProvider.GetRequiredService<ConductDbContext>();
        var asHead = await one.FamilyLinkDeclarations.SingleAsync(d => d.Id == id);
        var asAdult = await two.FamilyLinkDeclarations.SingleAsync(d => d.Id == id);
        asHead.Decline(headId, now, "Not family.");
        asAdult.Withdraw(adultId, now, "Changed my mind.");

        await one.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());

        var saved = await factory.QueryAsync(db => db.FamilyLinkDeclarations.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal(DeclarationStatus.Declined, saved.Status);
        Assert.Equal([DeclarationAction.Declare, DeclarationAction.Decline], saved.Steps.OrderBy(s => s.Id).Select(s => s.Action));
    }
}
