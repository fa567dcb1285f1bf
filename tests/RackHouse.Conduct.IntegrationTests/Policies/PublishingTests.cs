using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data.Seeding;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>The Headteacher drafts a version with a live preview, compares it word by word, and publishes it: then it
/// never changes, everyone is emailed, and a version that everyone must acknowledge again reopens the round. Scripts
/// typed into a policy never run. Further policies are added the same way.</summary>
public sealed class PublishingTests
{
    private const string HeadEmail = "head@publishing.example";

    private const string Payload = "Read this.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nAnd **this**.";

    private static readonly string Original = SocialMediaPolicySeed.Markdown.ReplaceLineEndings("\n");

    private static readonly string Revised = Original.Replace("use social media responsibly", "use social media carefully", StringComparison.Ordinal);

    private static readonly DateOnly NewDeadline = new(2026, 11, 2);

    [Fact]
    public async Task Draft_SavedWithChangedText_ShowsItInThePreview()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        var policyId = await factory.PolicyIdAsync();

        await PolicySteps.StartDraftAsync(head, policyId);
        await PolicySteps.SaveDraftAsync(head, policyId, Revised + "\n\n## Working from home\n\nThe same rules apply at **home**.", "Adds home working");
        var draft = await head.GetPageAsync($"/admin/policies/{policyId}/draft");

        Assert.Equal("Draft version 2", draft.QuerySelector("main h1")!.TextContent.Trim());
        var preview = draft.QuerySelector("#policy-preview")!;
        Assert.Equal("Working from home", preview.QuerySelector("h3#working-from-home")?.TextContent.Trim());
        Assert.Equal("home", preview.QuerySelectorAll("strong")[^1].TextContent);
        Assert.Contains("use social media carefully", preview.TextContent, StringComparison.Ordinal);
        Assert.Equal("Rack House Primary School: Social Media Policy", preview.QuerySelector("h2")!.TextContent.Trim());
        var versions = await factory.QueryAsync(db => db.PolicyVersions.AsNoTracking().Where(v => v.PolicyId == policyId).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(Original, versions[0].Body);
        Assert.Null(versions[1].PublishedAtUtc);
    }

    [Fact]
    public async Task Preview_MarkdownWithScriptAndImage_RendersMarkdownAndNoLiveTag()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        var policyId = await factory.PolicyIdAsync();
        await PolicySteps.StartDraftAsync(head, policyId);
        var draft = await head.GetPageAsync($"/admin/policies/{policyId}/draft");

        using var preview = await PostPreviewAsync(head, draft, "# Heading for {{SchoolName}}\n\n" + Payload);
        var html = await preview.Content.ReadAsStringAsync();
        var fragment = await TestBrowser.ParseAsync(preview);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("Heading for Rack House Primary School", fragment.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("this", fragment.QuerySelector("strong")!.TextContent);
        AssertInert(fragment.Body!, html);
    }

    [Fact]
    public async Task PublishedPolicy_ScriptInTheText_IsShownAsTextToAdults()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        using var adult = await factory.SignedInAdultAsync("reader@publishing.example");
        var policyId = await factory.PolicyIdAsync();
        await PolicySteps.StartDraftAsync(head, policyId);
        await PolicySteps.SaveDraftAsync(head, policyId, "# {{SchoolName}}: Social Media Policy\n\n" + Payload);
        using (var published = await PolicySteps.PublishAsync(head, policyId, "no"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        using var response = await adult.GetAsync($"/policies/{policyId}");
        var page = await TestBrowser.ParseAsync(response);

        var prose = page.QuerySelector(".rh-prose")!;
        Assert.StartsWith("Version 2,", page.QuerySelector(".govuk-caption-l")!.TextContent.Trim(), StringComparison.Ordinal);
        AssertInert(prose, prose.InnerHtml);
        Assert.Contains("<script>alert(1)</script>", prose.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishPage_ChangedWord_IsComparedWordByWord()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        var policyId = await factory.PolicyIdAsync();
        await PolicySteps.StartDraftAsync(head, policyId);
        await PolicySteps.SaveDraftAsync(head, policyId, Revised);

        var page = await head.GetPageAsync($"/admin/policies/{policyId}/draft/publish");

        var comparison = page.QuerySelector(".rh-comparison")!;
        Assert.Equal("responsibly", Visible(Assert.Single(comparison.QuerySelectorAll("del"))));
        Assert.Equal("carefully", Visible(Assert.Single(comparison.QuerySelectorAll("ins"))));
        Assert.Contains("use social media", comparison.TextContent, StringComparison.Ordinal);
        Assert.Equal("Must everyone acknowledge this version again?", page.QuerySelector("legend h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task Publish_WithoutChoosingYesOrNo_AsksForTheChoice()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        var policyId = await factory.PolicyIdAsync();
        await PolicySteps.StartDraftAsync(head, policyId);
        await PolicySteps.SaveDraftAsync(head, policyId, Revised);

        using var response = await PolicySteps.PublishAsync(head, policyId, reacknowledge: null);
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select whether everyone must acknowledge this version again"], TestBrowser.Errors(page));
        Assert.False(await IsPublishedAsync(factory, policyId, 2));
    }

    [Theory]
    [InlineData("31", "2", "2027", "The deadline must be a real date, like 9 12 2026")]
    [InlineData("4", "10", "2026", "The deadline must be in the future")]
    [InlineData("5", "10", "2026", "The deadline must be in the future")]
    [InlineData("", "", "", "Enter the date by which everyone must acknowledge it")]
    public async Task Publish_YesWithAnImpossibleOrPastDate_SaysWhatIsWrong(string day, string month, string year, string message)
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        var policyId = await factory.PolicyIdAsync();
        await PolicySteps.StartDraftAsync(head, policyId);
        await PolicySteps.SaveDraftAsync(head, policyId, Revised);

        using var response = await PolicySteps.PublishAsync(head, policyId, "yes", day, month, year);
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], TestBrowser.Errors(page));
        Assert.Equal(message, page.QuerySelector("#DeadlineDay-error")!.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim());
        Assert.Equal(day, page.QuerySelector("#DeadlineDay")!.GetAttribute("value") ?? string.Empty);
        Assert.False(await IsPublishedAsync(factory, policyId, 2));
    }

    [Fact]
    public async Task Publish_YesWithAFutureDate_FreezesTheVersionEmailsCurrentAdultsAndReopensTheRound()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        using var adult = await factory.SignedInAdultAsync("acknowledged@publishing.example", fullName: "Ann Acker");
        var policyId = await factory.PolicyIdAsync();
        using (var acknowledged = await PolicySteps.AcknowledgeAsync(adult, policyId, PolicySteps.TeacherStatements))
        {
            Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        }

        await factory.AddAdultAsync("Len Leaver", AdultCategory.TeachingStaff, new DateOnly(2019, 9, 1), lastDay: new DateOnly(2026, 10, 2));
        await PolicySteps.StartDraftAsync(head, policyId);
        await PolicySteps.SaveDraftAsync(head, policyId, Revised, "Careful rather than responsible");

        using var response = await PolicySteps.PublishAsync(head, policyId, "yes", NewDeadline);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/policies/{policyId}/versions/2", response.Headers.Location?.OriginalString);
        var version = PolicySteps.SummaryList(await head.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Equal(PolicySteps.Sha256(Revised), version["Fingerprint (SHA-256)"]);
        Assert.EndsWith("by Helen Head", version["Published"], StringComparison.Ordinal);
        Assert.Equal("Yes, by 02/11/2026", version["Everyone acknowledges again"]);

        using (var draft = await head.GetAsync($"/admin/policies/{policyId}/draft"))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
            Assert.Equal($"/admin/policies/{policyId}", draft.Headers.Location?.OriginalString);
        }

        using (var changed = await head.PostAsync($"/admin/policies/{policyId}/draft"))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        Assert.Equal(Revised, await factory.QueryAsync(db => db.PolicyVersions.Where(v => v.PolicyId == policyId && v.Number == 2).Select(v => v.Body).SingleAsync()));

        var current = await factory.QueryAsync(db => db.Adults.Where(a => a.EndDate == null).Select(a => a.Email).ToListAsync());
        var outbox = await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(current.Order(), outbox.Select(m => m.To).Order());
        Assert.All(outbox, m =>
        {
            Assert.Equal("Please read and acknowledge the new Social Media Policy", m.Subject);
            Assert.Contains("by 02/11/2026", m.Body, StringComparison.Ordinal);
        });

        var home = await adult.GetPageAsync("/");
        var task = home.QuerySelectorAll(".govuk-task-list__item").Single(item => item.QuerySelector($"a[href='/policies/{policyId}']") is not null);
        Assert.Equal("Due by 02/11/2026", task.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("version 2", task.QuerySelector(".govuk-task-list__hint")!.TextContent, StringComparison.Ordinal);
        var register = await head.GetPageAsync("/admin/register?Name=Ann+Acker");
        Assert.Equal("Outstanding", Assert.Single(register.QuerySelectorAll("main tbody tr")).QuerySelector(".govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task Publish_No_KeepsThisYearsAcknowledgementsAndEmailsNobody()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        using var adult = await factory.SignedInAdultAsync("kept@publishing.example", fullName: "Kit Kept");
        var policyId = await factory.PolicyIdAsync();
        using (var acknowledged = await PolicySteps.AcknowledgeAsync(adult, policyId, PolicySteps.TeacherStatements))
        {
            Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        }

        await PolicySteps.StartDraftAsync(head, policyId);
        await PolicySteps.SaveDraftAsync(head, policyId, Revised);

        using var response = await PolicySteps.PublishAsync(head, policyId, "no");

        Assert.Equal($"/admin/policies/{policyId}/versions/2", response.Headers.Location?.OriginalString);
        Assert.True(await IsPublishedAsync(factory, policyId, 2));
        Assert.False(await factory.QueryAsync(db => db.OutboxMessages.AnyAsync()));
        var home = await adult.GetPageAsync("/");
        Assert.Empty(home.QuerySelectorAll($".govuk-task-list a[href='/policies/{policyId}']"));
        Assert.Contains(home.QuerySelectorAll("main h2"), h => h.TextContent.Trim() == "Done this academic year");
        var register = await head.GetPageAsync("/admin/register?Name=Kit+Kept");
        Assert.Equal("Acknowledged", Assert.Single(register.QuerySelectorAll("main tbody tr")).QuerySelector(".govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task AddPolicy_TitleAndText_CreatesADraftNobodySeesYet()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);

        using var response = await head.SubmitAsync("/admin/policies/new", new Dictionary<string, string>
        {
            ["Title"] = "Staff Code of Conduct",
            ["Body"] = "# {{SchoolName}}: Staff Code of Conduct\n\nBe kind.",
        });

        var policyId = await factory.PolicyIdAsync("Staff Code of Conduct");
        Assert.Equal($"/admin/policies/{policyId}/draft", response.Headers.Location?.OriginalString);
        var draft = await head.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Draft version 1", draft.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("Rack House Primary School: Staff Code of Conduct", draft.QuerySelector("#policy-preview h2")!.TextContent.Trim());
        Assert.False(await IsPublishedAsync(factory, policyId, 1));
        var policies = await head.GetPageAsync("/policies");
        Assert.Null(policies.QuerySelector($"a[href='/policies/{policyId}']"));
    }

    [Fact]
    public async Task AddPolicy_TitleAlreadyTaken_IsRefused()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);

        using var response = await head.SubmitAsync("/admin/policies/new", new Dictionary<string, string>
        {
            ["Title"] = " Social Media Policy ",
            ["Body"] = "# Another social media policy",
        });
        var page = await TestBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["There is already a policy with this title"], TestBrowser.Errors(page));
        Assert.Equal(1, await factory.QueryAsync(db => db.Policies.CountAsync()));
    }

    [Fact]
    public async Task PublishFirstVersion_OfANewPolicy_AsksOnlyForTheDeadline()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await SignedInHeadAsync(factory);
        using var volunteer = await factory.SignedInAdultAsync("volunteer@publishing.example", AdultCategory.Volunteer);
        using (var added = await head.SubmitAsync("/admin/policies/new", new Dictionary<string, string>
        {
            ["Title"] = "Acceptable Use Policy",
            ["Body"] = "# {{SchoolName}}: Acceptable Use Policy\n\nUse the school's computers for school work.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var policyId = await factory.PolicyIdAsync("Acceptable Use Policy");

        var form = await head.GetPageAsync($"/admin/policies/{policyId}/draft/publish");
        using var response = await PolicySteps.PublishAsync(head, policyId, reacknowledge: null, NewDeadline);

        Assert.Empty(form.QuerySelectorAll("input[type=radio]"));
        Assert.Equal("By when must everyone acknowledge it?", form.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal("This is the first version of this policy.", form.QuerySelector("main p.govuk-body")!.TextContent.Trim());
        Assert.Equal($"/admin/policies/{policyId}/versions/1", response.Headers.Location?.OriginalString);
        var policies = await volunteer.GetPageAsync("/policies");
        Assert.Equal("Due by 02/11/2026", policies.QuerySelector($"#policy-{policyId}-status")!.TextContent.Trim());
        var read = await volunteer.GetPageAsync($"/policies/{policyId}");
        Assert.Equal(["read", "follow"], PolicySteps.Offered(read));
    }

    private static async Task<TestBrowser> SignedInHeadAsync(PolicyWebFactory factory) =>
        await factory.SignedInAdultAsync(HeadEmail, roles: [Roles.Headteacher], fullName: "Helen Head");

    private static async Task<bool> IsPublishedAsync(PolicyWebFactory factory, int policyId, int number) =>
        await factory.QueryAsync(db => db.PolicyVersions.AnyAsync(v => v.PolicyId == policyId && v.Number == number && v.PublishedAtUtc != null));

    private static async Task<HttpResponseMessage> PostPreviewAsync(TestBrowser head, AngleSharp.Dom.IDocument draft, string body)
    {
        var token = draft.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("body", body)]);
        return await head.Client.PostAsync(new Uri("/admin/policies/preview", UriKind.Relative), content);
    }

    /// <summary>The typed script is not an element and no element carries an event handler: escaped or removed, nothing
    /// a browser would run is left.</summary>
    private static void AssertInert(AngleSharp.Dom.IElement rendered, string html)
    {
        Assert.Empty(rendered.QuerySelectorAll("script"));
        Assert.DoesNotContain(rendered.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words a sighted reader sees in a comparison piece, without the hidden "[added: ...]" labels.</summary>
    private static string Visible(AngleSharp.Dom.IElement piece)
    {
        var clone = (AngleSharp.Dom.IElement)piece.Clone();
        foreach (var hidden in clone.QuerySelectorAll(".govuk-visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return clone.TextContent.Trim();
    }
}
