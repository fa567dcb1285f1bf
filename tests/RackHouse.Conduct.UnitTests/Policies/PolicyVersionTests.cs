using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.UnitTests.Policies;

public sealed class PolicyVersionTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void StartDraft_NumbersVersionsInOrder()
    {
        var policy = new Policy("Social Media Policy", PolicyKind.SocialMedia, Now);
        policy.StartDraft("# One", 1, Now).Publish(1, Now, false, null);

        var second = policy.StartDraft("# Two", 1, Now);

        Assert.Equal(2, second.Number);
        Assert.Equal(1, policy.CurrentVersion!.Number);
        Assert.Same(second, policy.Draft);
    }

    [Fact]
    public void StartDraft_WhileADraftExists_IsRefused()
    {
        var policy = new Policy("Code of conduct", PolicyKind.General, Now);
        policy.StartDraft("# One", 1, Now);

        Assert.Throws<InvalidOperationException>(() => policy.StartDraft("# Again", 1, Now));
    }

    [Fact]
    public void Publish_FingerprintsTheMarkdownAndNamesThePublisher()
    {
        var version = new Policy("Social Media Policy", PolicyKind.SocialMedia, Now).StartDraft("abc", 1, Now);

        version.Publish(7, Now, true, new DateOnly(2026, 12, 9));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", version.TextSha256);
        Assert.Equal(7, version.PublishedByAdultId);
        Assert.Equal(Now, version.PublishedAtUtc);
        Assert.True(version.RequiresReacknowledgement);
        Assert.Equal(new DateOnly(2026, 12, 9), version.ReacknowledgeBy);
    }

    [Fact]
    public void PublishedVersion_CannotBeRevisedOrPublishedAgain()
    {
        var version = new Policy("Social Media Policy", PolicyKind.SocialMedia, Now).StartDraft("# Text", 1, Now);
        version.Publish(1, Now, false, null);

        Assert.Throws<InvalidOperationException>(() => version.Revise("# Changed", null));
        Assert.Throws<InvalidOperationException>(() => version.Publish(1, Now, false, null));
        Assert.Equal("# Text", version.Body);
    }

    [Fact]
    public void Publish_ReacknowledgeWithoutADeadline_IsRefused()
    {
        var version = new Policy("Social Media Policy", PolicyKind.SocialMedia, Now).StartDraft("# Text", 1, Now);

        Assert.Throws<ArgumentException>(() => version.Publish(1, Now, true, null));
        Assert.False(version.IsPublished);
    }

    [Fact]
    public void Revise_NormalisesLineEndingsSoTheFingerprintDoesNotDependOnTheBrowser()
    {
        var version = new Policy("Social Media Policy", PolicyKind.SocialMedia, Now).StartDraft("x", 1, Now);

        version.Revise("# Title\r\n\r\nText", "  Typo fixed  ");

        Assert.Equal("# Title\n\nText", version.Body);
        Assert.Equal("Typo fixed", version.ChangeSummary);
    }

    [Fact]
    public void Revise_BlankText_IsRefused()
    {
        var version = new Policy("Social Media Policy", PolicyKind.SocialMedia, Now).StartDraft("x", 1, Now);

        Assert.ThrowsAny<ArgumentException>(() => version.Revise("   ", null));
    }

    [Fact]
    public void ForSchool_FillsEverySchoolNameField() =>
        Assert.Equal(
            "**Oak Lane Primary** and Oak Lane Primary",
            PolicyText.ForSchool("**{{SchoolName}}** and {{SchoolName}}", "Oak Lane Primary"));
}
