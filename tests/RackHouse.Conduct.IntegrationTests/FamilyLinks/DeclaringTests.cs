using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.IntegrationTests.Policies;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.IntegrationTests.FamilyLinks;

/// <summary>An adult declares a family link without JavaScript: types a name, finds the pupil among the current
/// pupils, or declares the name as typed; sees it with its status and the policy's words until it is acknowledged;
/// withdraws it. The Headteacher is told by an email with a link only.</summary>
public sealed class DeclaringTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    [Fact]
    public async Task Find_TypedName_ListsOnlyCurrentPupilsMatchingEveryWordAndKeepsWhatWasTyped()
    {
        var (browser, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Finder Adult");
        using var _b = browser;
        var current = await FamilyLinkSteps.AddPupilAsync(factory, "Amelia Quennell", "Year 3");
        await FamilyLinkSteps.AddPupilAsync(factory, "Amelia Quennell-Left", "Year 6", leftOn: new DateOnly(2026, 7, 20));
        await FamilyLinkSteps.AddPupilAsync(factory, "Oscar Quennell", "Year 1");

        using var response = await FamilyLinkSteps.PostDeclarationAsync(browser, new Dictionary<string, string>
        {
            ["Command"] = "find",
            ["PupilName"] = "quennell AMELIA",
            ["Relationship"] = "AuntOrUncle",
            ["Details"] = "She is my niece.",
        });
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(TestBrowser.Errors(page));
        Assert.Equal(
            [current.ToString(System.Globalization.CultureInfo.InvariantCulture), "not-listed"],
            page.QuerySelectorAll("input[name=PupilChoice]").Select(i => i.GetAttribute("value")));
        Assert.Equal("Amelia Quennell, Year 3", FamilyLinkSteps.Text(page, "label[for=PupilChoice]"));
        Assert.Equal("quennell AMELIA", page.QuerySelector("#PupilName")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Relationship-AuntOrUncle[checked]"));
        Assert.Equal("She is my niece.", page.QuerySelector("#Details")!.TextContent.Trim());
    }

    [Fact]
    public async Task Declare_PupilChosenFromTheRoll_ShowsItWaitingWithThePolicysWordsAndEmailsTheHeadteacherALinkOnly()
    {
        var (head, headEmail, _) = await FamilyLinkSteps.HeadteacherAsync(factory);
        head.Dispose();
        var (browser, email, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Declaring Parent");
        using var _b = browser;
        var pupilId = await FamilyLinkSteps.AddPupilAsync(factory, "Noah Declarewell", "Year 5");

        var id = await FamilyLinkSteps.DeclareAsync(browser, "Noah Declarewell", pupilId, "Parent", "yes", "Facebook, WhatsApp", "My son.");
        var detail = await browser.GetPageAsync($"/family-links/{id}");
        var list = await browser.GetPageAsync("/family-links");

        var saved = await factory.QueryAsync(db => db.FamilyLinkDeclarations.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal((adultId, (int?)pupilId, FamilyRelationship.Parent, true, "Facebook, WhatsApp", "My son."), (saved.AdultId, saved.PupilId, saved.Relationship, saved.InSocialMediaContact, saved.Platforms, saved.Details));
        Assert.Equal("Waiting for the Headteacher", FamilyLinkSteps.Text(detail, "#status"));
        Assert.Contains("any contact with Noah Declarewell on social media is a breach of the policy", FamilyLinkSteps.Text(detail, "#breach-warning"), StringComparison.Ordinal);
        Assert.Equal(PolicyWords.UndeclaredContactIsABreach, FamilyLinkSteps.Text(detail, "blockquote"));
        Assert.Equal("Waiting for the Headteacher", FamilyLinkSteps.Text(list, $"#declaration-{id}-status"));
        Assert.Contains("Noah Declarewell", FamilyLinkSteps.Text(list, "#breach-warning"), StringComparison.Ordinal);
        var mail = Assert.Single(await FamilyLinkSteps.MailToAsync(factory, headEmail), m => m.Subject == "A new family link declaration awaits your decision");
        Assert.Contains("https://localhost/admin/family-links", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Noah", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Declaring", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Facebook", mail.Body, StringComparison.Ordinal);
        Assert.Empty(await FamilyLinkSteps.MailToAsync(factory, email));
    }

    [Fact]
    public async Task Declare_NameNotOnTheRoll_KeepsTheNameAsTyped()
    {
        var (browser, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Typing Cousin");
        using var _b = browser;

        var id = await FamilyLinkSteps.DeclareAsync(browser, "Jo Notontheroll", null, "Cousin", "no", platforms: "Ignored");
        var detail = await browser.GetPageAsync($"/family-links/{id}");

        var saved = await factory.QueryAsync(db => db.FamilyLinkDeclarations.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal(((int?)null, "Jo Notontheroll", false, (string?)null), (saved.PupilId, saved.PupilName, saved.InSocialMediaContact, saved.Platforms));
        Assert.Equal("Jo Notontheroll", detail.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Declare_NothingChosen_ListsEveryProblemInPageOrderAndKeepsTheAnswers()
    {
        var (browser, _, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Hasty Adult");
        using var _b = browser;
        await FamilyLinkSteps.AddPupilAsync(factory, "Ivy Hastings", "Year 2");

        using var response = await FamilyLinkSteps.PostDeclarationAsync(browser, new Dictionary<string, string>
        {
            ["PupilName"] = "Ivy Hastings",
            ["SocialMediaContact"] = "yes",
            ["Platforms"] = string.Empty,
            ["Details"] = "Typed before the mistake.",
        });
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [
                "Select the pupil from the list, or select that they are not listed",
                "Select your relationship to the pupil",
                "Enter the social media you are in contact on, like Facebook or WhatsApp",
            ],
            TestBrowser.Errors(page));
        Assert.Equal(["#PupilChoice", "#Relationship", "#Platforms"], page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Ivy Hastings, Year 2", FamilyLinkSteps.Text(page, "label[for=PupilChoice]"));
        Assert.Equal("Typed before the mistake.", page.QuerySelector("#Details")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#SocialMediaContact[checked]"));
        Assert.False(await factory.QueryAsync(db => db.FamilyLinkDeclarations.AnyAsync(d => d.AdultId == adultId)));
    }

    [Fact]
    public async Task Declare_PupilWhoHasLeft_IsRefused()
    {
        var (browser, _, adultId) = await FamilyLinkSteps.AdultAsync(factory, "Late Adult");
        using var _b = browser;
        var left = await FamilyLinkSteps.AddPupilAsync(factory, "Gone Pupil", "Year 6", leftOn: new DateOnly(2026, 7, 20));

        using var response = await FamilyLinkSteps.PostDeclarationAsync(browser, new Dictionary<string, string>
        {
            ["PupilName"] = "Gone Pupil",
            ["PupilChoice"] = left.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Relationship"] = "Parent",
            ["SocialMediaContact"] = "no",
        });
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(["Select a pupil who is at the school now, or select that they are not listed"], TestBrowser.Errors(page));
        Assert.False(await factory.QueryAsync(db => db.FamilyLinkDeclarations.AnyAsync(d => d.AdultId == adultId)));
    }

    [Fact]
    public async Task Pupils_ForTheAutocomplete_GivesCurrentPupilsAfterTwoLetters()
    {
        var (browser, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Autocomplete Adult");
        using var _b = browser;
        var id = await FamilyLinkSteps.AddPupilAsync(factory, "Zephyrine Autocompleta", "Reception");
        await FamilyLinkSteps.AddPupilAsync(factory, "Zephyrine Leaver", "Year 6", leftOn: new DateOnly(2026, 7, 20));

        using var found = await browser.GetAsync("/family-links/pupils?name=zephyr");
        using var tooShort = await browser.GetAsync("/family-links/pupils?name=z");

        using var json = JsonDocument.Parse(await found.Content.ReadAsStringAsync());
        var pupil = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(id, pupil.GetProperty("id").GetInt32());
        Assert.Equal("Zephyrine Autocompleta", pupil.GetProperty("name").GetString());
        Assert.Equal("Reception", pupil.GetProperty("yearGroup").GetString());
        Assert.Equal("[]", await tooShort.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Withdraw_OwnDeclaration_IsKeptAsWithdrawnWithTheReasonAndCannotBeWithdrawnTwice()
    {
        var (browser, _, _) = await FamilyLinkSteps.AdultAsync(factory, "Withdrawing Adult");
        using var _b = browser;
        var id = await FamilyLinkSteps.DeclareAsync(browser, "Mistaken Name", null);

        using var first = await FamilyLinkSteps.PostOnPageAsync(browser, $"/family-links/{id}", $"/family-links/{id}/withdraw", new Dictionary<string, string> { ["reason"] = "Declared by mistake." });
        var page = await browser.GetPageAsync($"/family-links/{id}");
        using var second = await FamilyLinkSteps.PostWithTokenAsync(browser, $"/family-links/{id}/withdraw", new Dictionary<string, string>());
        var after = await browser.GetPageAsync($"/family-links/{id}");

        Assert.Equal($"/family-links/{id}", first.Headers.Location?.OriginalString);
        Assert.Equal("Withdrawn", FamilyLinkSteps.Text(page, "#status"));
        Assert.Null(page.QuerySelector("#breach-warning"));
        Assert.Null(page.QuerySelector($"form[action='/family-links/{id}/withdraw']"));
        Assert.Equal($"/family-links/{id}", second.Headers.Location?.OriginalString);
        Assert.Contains("can no longer be withdrawn", FamilyLinkSteps.Text(after, ".govuk-error-summary"), StringComparison.Ordinal);
        var steps = await factory.QueryAsync(db => db.FamilyLinkDeclarations.AsNoTracking().Where(d => d.Id == id).SelectMany(d => d.Steps).OrderBy(s => s.Id).Select(s => new { s.Action, s.Text }).ToListAsync());
        Assert.Equal([(DeclarationAction.Declare, (string?)null), (DeclarationAction.Withdraw, "Declared by mistake.")], steps.Select(s => (s.Action, s.Text)));
    }

    [Fact]
    public async Task PolicyWords_QuotedOnThePages_AreThePolicysOwnWords()
    {
        var text = await factory.QueryAsync(db => db.PolicyVersions.Where(v => v.Number == 1 && v.Policy.Title == "Social Media Policy").Select(v => v.Body).SingleAsync());

        Assert.All(PolicyWords.All, quote => Assert.Contains(quote, text, StringComparison.Ordinal));
    }
}
