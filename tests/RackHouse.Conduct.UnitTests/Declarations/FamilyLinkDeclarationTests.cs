using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.UnitTests.Declarations;

public sealed class FamilyLinkDeclarationTests
{
    private const int Adult = 7;
    private const int Head = 1;
    private static readonly DateTime Monday = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Constructor_PupilFromTheRoster_IsSubmittedWithOneStepByTheAdult()
    {
        var declaration = Declared(pupilId: 12);

        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        var step = Assert.Single(declaration.Steps);
        Assert.Equal((DeclarationAction.Declare, DeclarationStatus.Submitted, Adult, Monday), (step.Action, step.Status, step.ByAdultId, step.AtUtc));
        Assert.Null(declaration.PupilName);
        Assert.False(declaration.IsAcknowledged);
    }

    [Fact]
    public void Constructor_NeitherPupilNorName_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new FamilyLinkDeclaration(Adult, null, " ", FamilyRelationship.Cousin, false, null, null, Monday));

    [Fact]
    public void Constructor_NoSocialMediaContact_KeepsNoPlatforms() =>
        Assert.Null(new FamilyLinkDeclaration(Adult, 3, null, FamilyRelationship.Cousin, false, "Facebook", null, Monday).Platforms);

    [Fact]
    public void DiscussThenAcknowledge_KeepsEveryStepInOrderWithWhoWhenAndWhy()
    {
        var declaration = Declared();

        declaration.RecordDiscussion(Head, Monday.AddDays(1), new DateOnly(2026, 11, 24), "Met in the office.");
        declaration.Acknowledge(Head, Monday.AddDays(2), "No contact about school matters.");

        Assert.Equal(
            [
                (DeclarationAction.Declare, DeclarationStatus.Submitted, Adult, (string?)null, (DateOnly?)null),
                (DeclarationAction.RecordDiscussion, DeclarationStatus.Discussed, Head, "Met in the office.", new DateOnly(2026, 11, 24)),
                (DeclarationAction.Acknowledge, DeclarationStatus.Acknowledged, Head, "No contact about school matters.", null),
            ],
            declaration.Steps.Select(s => (s.Action, s.Status, s.ByAdultId, s.Text, s.OnDate)));
        Assert.True(declaration.IsAcknowledged);
        Assert.Equal("No contact about school matters.", declaration.Protocols);
        Assert.Equal(Monday.AddDays(2), declaration.LastChangedAtUtc);
    }

    [Fact]
    public void Acknowledge_StraightAfterSubmitting_IsRefusedAndNothingChanges()
    {
        var declaration = Declared();

        Assert.Throws<InvalidOperationException>(() => declaration.Acknowledge(Head, Monday, "Protocols"));

        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        Assert.Single(declaration.Steps);
    }

    [Fact]
    public void Acknowledge_WithoutProtocols_IsRefused()
    {
        var declaration = Discussed();

        Assert.Throws<ArgumentException>(() => declaration.Acknowledge(Head, Monday, "  "));
        Assert.Equal(DeclarationStatus.Discussed, declaration.Status);
    }

    [Fact]
    public void Withdraw_ByAnotherAdult_IsRefused()
    {
        var declaration = Declared();

        Assert.Throws<InvalidOperationException>(() => declaration.Withdraw(Adult + 1, Monday, null));
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
    }

    [Fact]
    public void Decide_OwnDeclarationAsHeadteacher_IsRefused()
    {
        var declaration = new FamilyLinkDeclaration(Head, 4, null, FamilyRelationship.Parent, false, null, null, Monday);

        Assert.Throws<InvalidOperationException>(() => declaration.RecordDiscussion(Head, Monday, new DateOnly(2026, 11, 24), "Notes"));
    }

    [Fact]
    public void PartyOf_TheAdultWhoAskedEvenIfHeadteacher_IsRequester()
    {
        var declaration = Declared();

        Assert.Equal(Party.Requester, declaration.PartyOf(Adult, isHeadteacher: true));
        Assert.Equal(Party.Headteacher, declaration.PartyOf(Head, isHeadteacher: true));
        Assert.Null(declaration.PartyOf(Head, isHeadteacher: false));
    }

    [Fact]
    public void MatchPupil_TypedName_LinksThePupilKeepsTheNameAndTheStatus()
    {
        var declaration = new FamilyLinkDeclaration(Adult, null, "Jo Bloggs", FamilyRelationship.Sibling, true, "WhatsApp", null, Monday);

        declaration.MatchPupil(Head, Monday.AddHours(1), 42, "Joanne Bloggs");

        Assert.Equal(42, declaration.PupilId);
        Assert.Equal("Jo Bloggs", declaration.PupilName);
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        Assert.Equal("Linked to Joanne Bloggs on the roster", declaration.Steps[^1].Text);
    }

    [Fact]
    public void MatchPupil_AlreadyOnTheRoster_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => Declared(pupilId: 3).MatchPupil(Head, Monday, 4, "Someone"));

    [Fact]
    public void End_PupilLeft_RecordsTheReasonAndNote()
    {
        var declaration = Discussed();
        declaration.Acknowledge(Head, Monday, "Protocols");

        declaration.End(Head, Monday.AddDays(30), EndReason.PupilLeft, "Moved to secondary school");

        Assert.Equal(DeclarationStatus.Ended, declaration.Status);
        Assert.Equal("The pupil left the school: Moved to secondary school", declaration.Steps[^1].Text);
        Assert.Equal("Protocols", declaration.Protocols);
        Assert.False(declaration.IsOpen);
    }

    [Fact]
    public void ConfirmStillCurrent_KeepsTheStatusAndNamesTheYear()
    {
        var declaration = Discussed();

        declaration.ConfirmStillCurrent(Adult, Monday, new DateOnly(2026, 11, 23), new AcademicYear(2026, new DayOfYear(9, 1)));

        Assert.Equal(DeclarationStatus.Discussed, declaration.Status);
        Assert.Equal("Still current: confirmed with the acknowledgement for 2026 to 2027", declaration.Steps[^1].Text);
        Assert.Equal(new DateOnly(2026, 11, 23), declaration.Steps[^1].OnDate);
    }

    [Fact]
    public void Steps_EachChangeRenewsTheConcurrencyVersion()
    {
        var declaration = Declared();
        var before = declaration.Version;

        declaration.Decline(Head, Monday, "Not a family link.");

        Assert.NotEqual(before, declaration.Version);
    }

    private static FamilyLinkDeclaration Declared(int? pupilId = 5) =>
        new(Adult, pupilId, pupilId is null ? "Typed Name" : null, FamilyRelationship.Parent, true, "Facebook", "My son", Monday);

    private static FamilyLinkDeclaration Discussed()
    {
        var declaration = Declared();
        declaration.RecordDiscussion(Head, Monday, new DateOnly(2026, 11, 23), "Notes");
        return declaration;
    }
}
