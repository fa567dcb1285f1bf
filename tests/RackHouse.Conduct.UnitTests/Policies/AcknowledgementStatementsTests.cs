using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Policies;

public sealed class AcknowledgementStatementsTests
{
    [Theory]
    [InlineData(AdultCategory.TeachingStaff)]
    [InlineData(AdultCategory.TraineeTeacher)]
    public void For_TeachersOnTheSocialMediaPolicy_IncludesTheTeachersStandards(AdultCategory category) =>
        Assert.Contains(AcknowledgementStatements.TeachersStandards, AcknowledgementStatements.For(PolicyKind.SocialMedia, category));

    [Theory]
    [InlineData(AdultCategory.Volunteer)]
    [InlineData(AdultCategory.Governor)]
    [InlineData(AdultCategory.AgencyStaff)]
    public void For_OtherAdults_LeavesOutTheTeachersStandards(AdultCategory category)
    {
        var statements = AcknowledgementStatements.For(PolicyKind.SocialMedia, category);

        Assert.DoesNotContain(AcknowledgementStatements.TeachersStandards, statements);
        Assert.Equal(
            [AcknowledgementStatements.ReadAndUnderstood, AcknowledgementStatements.PersonalAndSchoolUse, AcknowledgementStatements.Monitoring, AcknowledgementStatements.Prevent, AcknowledgementStatements.FamilyLinks],
            statements);
    }

    [Fact]
    public void For_AFurtherPolicy_AsksOnlyToReadAndFollowIt() =>
        Assert.Equal(
            [AcknowledgementStatements.ReadAndUnderstood, AcknowledgementStatements.WillFollow],
            AcknowledgementStatements.For(PolicyKind.General, AdultCategory.TeachingStaff));

    [Fact]
    public void Acknowledgement_KeepsTheStatementsAsShown()
    {
        var statements = AcknowledgementStatements.For(PolicyKind.General, AdultCategory.Volunteer);

        var acknowledgement = new Acknowledgement(1, 2, 2026, DateTime.UtcNow, statements, "ab");

        Assert.Equal(statements.Select(s => s.Text), acknowledgement.StatementLines);
    }

    [Fact]
    public void Acknowledgement_WithNoStatements_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new Acknowledgement(1, 2, 2026, DateTime.UtcNow, [], "ab"));
}
