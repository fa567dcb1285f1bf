using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data.Seeding;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>Every new portal starts with the Social Media Policy as version 1, published and fingerprinted, its text
/// naming the school as the settings do.</summary>
public sealed class SeedTests
{
    [Fact]
    public async Task NewPortal_SocialMediaPolicy_IsPublishedAsVersionOneWithItsFingerprint()
    {
        await using var factory = new PolicyWebFactory();

        var policy = await factory.QueryAsync(db => db.Policies.AsNoTracking().Include(p => p.Versions).SingleAsync());

        Assert.Equal("Social Media Policy", policy.Title);
        Assert.Equal(PolicyKind.SocialMedia, policy.Kind);
        var version = Assert.Single(policy.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(PolicyWebFactory.InstalledAt.UtcDateTime, version.PublishedAtUtc);
        Assert.Null(version.PublishedByAdultId);
        Assert.Contains("{{SchoolName}}", version.Body, StringComparison.Ordinal);
        Assert.Equal(SocialMediaPolicySeed.Markdown.ReplaceLineEndings("\n"), version.Body);
        Assert.Equal(PolicySteps.Sha256(version.Body), version.TextSha256);
        Assert.True(version.RequiresReacknowledgement);
        Assert.Equal(PolicyWebFactory.FirstDeadline, version.ReacknowledgeBy);
    }

    [Fact]
    public async Task VersionPage_SeededVersion_ShowsFingerprintAndThatThePortalInstalledIt()
    {
        await using var factory = new PolicyWebFactory();
        using var head = await factory.SignedInAdultAsync("head@seed.example", roles: [Roles.Headteacher], fullName: "Helen Head");
        var policyId = await factory.PolicyIdAsync();

        var page = await head.GetPageAsync($"/admin/policies/{policyId}/versions/1");

        var summary = PolicySteps.SummaryList(page);
        Assert.Equal(PolicySteps.Sha256(SocialMediaPolicySeed.Markdown.ReplaceLineEndings("\n")), summary["Fingerprint (SHA-256)"]);
        Assert.EndsWith("by Installed with the portal", summary["Published"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyPage_SchoolRenamedInSettings_NamesTheSchoolByItsNewName()
    {
        await using var factory = new PolicyWebFactory();
        using var adult = await factory.SignedInAdultAsync("adult@seed.example");
        using var head = await factory.SignedInAdultAsync("head@seed.example", roles: [Roles.Headteacher]);
        var policyId = await factory.PolicyIdAsync();
        var fields = SocialMediaPolicySeed.Markdown.Split(PolicyText.SchoolNameField).Length - 1;

        var before = await adult.GetPageAsync($"/policies/{policyId}");
        using (var saved = await head.SubmitAsync("/admin/settings/change", new Dictionary<string, string> { ["SchoolName"] = "Oakfield Primary School" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await adult.GetPageAsync($"/policies/{policyId}");

        Assert.Equal("Rack House Primary School: Social Media Policy", before.QuerySelector(".rh-prose h2")!.TextContent.Trim());
        Assert.Equal("Oakfield Primary School: Social Media Policy", after.QuerySelector(".rh-prose h2")!.TextContent.Trim());
        var text = after.QuerySelector(".rh-prose")!.TextContent;
        Assert.True(fields >= 4, $"The seeded text names the school {fields} times");
        Assert.Equal(fields, text.Split("Oakfield Primary School").Length - 1);
        Assert.DoesNotContain("Rack House", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }
}
