using RackHouse.Conduct.Domain.Pupils;

namespace RackHouse.Conduct.UnitTests.Pupils;

public sealed class PupilTests
{
    private static readonly DateOnly Joined = new(2024, 9, 4);

    [Fact]
    public void Constructor_ValuesWithSpaces_AreTrimmed()
    {
        var pupil = new Pupil("  Ava Jones ", " Year 4 ", "  A1234 ", Joined);

        Assert.Equal("Ava Jones", pupil.FullName);
        Assert.Equal("Year 4", pupil.YearGroup);
        Assert.Equal("A1234", pupil.MisId);
        Assert.Equal(Joined, pupil.JoinedOn);
        Assert.Null(pupil.LeftOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankMisId_IsStoredAsNone(string? misId)
    {
        Assert.Null(new Pupil("Ava Jones", "Reception", misId, Joined).MisId);
    }

    [Theory]
    [InlineData("", "Year 4")]
    [InlineData("Ava Jones", " ")]
    public void Constructor_BlankNameOrYearGroup_IsRefused(string fullName, string yearGroup)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Pupil(fullName, yearGroup, null, Joined));
    }

    [Fact]
    public void MarkAsLeft_BeforeJoining_IsRefused()
    {
        var pupil = NewPupil();

        Assert.Throws<InvalidOperationException>(() => pupil.MarkAsLeft(Joined.AddDays(-1)));
        Assert.Null(pupil.LeftOn);
    }

    [Fact]
    public void IsFormerPupil_OnTheLastDay_IsFalse()
    {
        var pupil = NewPupil();
        var lastDay = new DateOnly(2027, 7, 21);
        pupil.MarkAsLeft(lastDay);

        Assert.False(pupil.IsFormerPupil(lastDay));
    }

    [Fact]
    public void IsFormerPupil_TheDayAfterTheLastDay_IsTrue()
    {
        var pupil = NewPupil();
        var lastDay = new DateOnly(2027, 7, 21);
        pupil.MarkAsLeft(lastDay);

        Assert.True(pupil.IsFormerPupil(lastDay.AddDays(1)));
    }

    [Fact]
    public void IsFormerPupil_StillOnRoll_IsFalse()
    {
        Assert.False(NewPupil().IsFormerPupil(new DateOnly(2040, 1, 1)));
    }

    private static Pupil NewPupil() => new("Ava Jones", "Year 4", "A1234", Joined);
}
