using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Concerns;

public sealed class ConcernDraftTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void DescribeWho_SelfReferral_IsAboutTheReporter()
    {
        var draft = new ConcernDraft(Guid.NewGuid(), 7, Now);

        draft.DescribeWho(isSelfReferral: true, SubjectKind.Public, null, null, null, Now);

        Assert.Equal(SubjectKind.AdultOfSchool, draft.SubjectKind);
        Assert.Equal(7, draft.SubjectAdultId);
    }

    [Fact]
    public void DescribeWho_AdultWithoutChoosingOne_Throws() =>
        Assert.Throws<ArgumentException>(() => new ConcernDraft(Guid.NewGuid(), 7, Now).DescribeWho(false, SubjectKind.AdultOfSchool, null, null, null, Now));

    [Fact]
    public void DescribeWho_NotAnAdult_ForgetsAnAdultChosenEarlier()
    {
        var draft = new ConcernDraft(Guid.NewGuid(), 7, Now);

        draft.DescribeWho(false, SubjectKind.Parent, 9, "Year 4 parent", null, Now);

        Assert.Null(draft.SubjectAdultId);
    }

    [Fact]
    public void ToReport_Unfinished_Throws()
    {
        var draft = new ConcernDraft(Guid.NewGuid(), 7, Now);
        draft.ChooseCategory(ConcernCategory.Trolling, Now);

        Assert.False(draft.IsComplete);
        Assert.Throws<InvalidOperationException>(draft.ToReport);
    }

    [Fact]
    public void ToReport_Finished_CarriesEveryAnswer()
    {
        var draft = new ConcernDraft(Guid.NewGuid(), 7, Now);
        draft.ChooseCategory(ConcernCategory.Trolling, Now);
        draft.DescribeWhatHappened(" Posts about a teacher. ", false, "Facebook", "https://example.org/p", null, new DateOnly(2026, 11, 20), null, Now);
        draft.DescribeWho(false, SubjectKind.Public, null, "Unknown account", "Sam B", Now);

        var report = draft.ToReport();

        Assert.Equal(new ConcernReport(7, ConcernCategory.Trolling, "Posts about a teacher.", false, "Facebook", "https://example.org/p", null, new DateOnly(2026, 11, 20), null, SubjectKind.Public, null, "Unknown account", false, "Sam B"), report);
    }
}
