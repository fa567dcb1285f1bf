using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.FamilyLinks;

/// <summary>Acknowledging the Social Media Policy each year asks an adult with open family link declarations to
/// confirm they are still current, lists them, and keeps the confirmation on each with the academic year.</summary>
public sealed class YearlyConfirmationTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    [Fact]
    public async Task Acknowledge_WithOpenDeclarationsUnconfirmed_IsRefusedAndListsThem()
    {
        var (adult, _, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Unconfirming Parent");
        using var _a = adult;
        await FamilyLinkSteps.DeclareAsync(adult, "Listed Child", null, "Sibling");
        var policyId = await factory.PolicyIdAsync();

        var page = await adult.GetPageAsync($"/policies/{policyId}");
        using var response = await PolicySteps.AcknowledgeAsync(adult, policyId, PolicySteps.TeacherStatements);
        var refused = await TestBrowser.ParseAsync(response);

        Assert.Equal(["Listed Child: Sibling (waiting for the headteacher)"], page.QuerySelectorAll("#open-declarations li").Select(li => PolicySteps.Collapse(li.TextContent)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Confirm that: The family links I have declared, listed above, are still current."], TestBrowser.Errors(refused));
        Assert.Equal("#confirm-declarations-current", refused.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(PolicySteps.TeacherStatements, PolicySteps.Ticked(refused));
        Assert.False(await factory.QueryAsync(db => db.Acknowledgements.AnyAsync(a => a.AdultId == adultId)));
        Assert.Equal(1, await factory.QueryAsync(db => db.FamilyLinkDeclarations.Where(d => d.AdultId == adultId).SelectMany(d => d.Steps).CountAsync()));
    }

    [Fact]
    public async Task Acknowledge_Confirmed_KeepsAStepWithTheYearOnEachOpenDeclarationOnly()
    {
        var (head, _, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        using var _h = head;
        var (adult, _, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Confirming Parent");
        using var _a = adult;
        var open = await FamilyLinkSteps.DeclareAsync(adult, "Still Current", null);
        var acknowledged = await FamilyLinkSteps.DeclareAsync(adult, "Also Current", null, "Carer");
        await FamilyLinkSteps.DiscussAsync(head, acknowledged);
        await FamilyLinkSteps.AcknowledgeAsync(head, acknowledged);
        var withdrawn = await FamilyLinkSteps.DeclareAsync(adult, "No Longer", null);
        using (var w = await FamilyLinkSteps.PostOnPageAsync(adult, $"/family-links/{withdrawn}", $"/family-links/{withdrawn}/withdraw", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, w.StatusCode);
        }

        var policyId = await factory.PolicyIdAsync();
        var page = await adult.GetPageAsync($"/policies/{policyId}");
        using var response = await PolicySteps.SubmitAcknowledgementAsync(adult, page, policyId, [.. PolicySteps.TeacherStatements, "declarations-current"]);
        using var again = await PolicySteps.SubmitAcknowledgementAsync(adult, page, policyId, [.. PolicySteps.TeacherStatements, "declarations-current"]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/policies/acknowledgements/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(response.Headers.Location, again.Headers.Location);
        var declarations = await factory.QueryAsync(db => db.FamilyLinkDeclarations.AsNoTracking().Where(d => d.AdultId == adultId).ToListAsync());
        var confirmations = declarations
            .SelectMany(d => d.Steps.Where(s => s.Action == DeclarationAction.ConfirmStillCurrent).Select(s => new { DeclarationId = d.Id, s.Text, s.OnDate, s.Status }))
            .ToList();
        Assert.Equal(new[] { open, acknowledged }.Order(), confirmations.Select(c => c.DeclarationId).Order());
        Assert.All(confirmations, c => Assert.Equal("Still current: confirmed with the acknowledgement for 2026 to 2027", c.Text));
        Assert.All(confirmations, c => Assert.Equal(new DateOnly(2026, 10, 5), c.OnDate));
        Assert.Equal(DeclarationStatus.Acknowledged, confirmations.Single(c => c.DeclarationId == acknowledged).Status);
        Assert.Equal(1, await factory.QueryAsync(db => db.Acknowledgements.CountAsync(a => a.AdultId == adultId)));
    }

    [Fact]
    public async Task Acknowledge_NoOpenDeclarations_AsksNothingMore()
    {
        var (adult, _, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Unlinked Adult");
        using var _a = adult;
        var policyId = await factory.PolicyIdAsync();

        var page = await adult.GetPageAsync($"/policies/{policyId}");
        using var response = await PolicySteps.AcknowledgeAsync(adult, policyId, PolicySteps.TeacherStatements);

        Assert.Null(page.QuerySelector("#confirm-declarations-current"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Acknowledgements.AnyAsync(a => a.AdultId == adultId)));
    }
}
