using RackHouse.Conduct.Domain.Pupils;

namespace RackHouse.Conduct.UnitTests.Roster;

public sealed class PupilChangeTests
{
    private static readonly DateOnly Joined = new(2023, 9, 5);

    [Fact]
    public void Change_EveryField_IsKeptTrimmed()
    {
        var pupil = new Pupil("Ava Jones", "Year 3", "A100", Joined);

        pupil.Change(new PupilDetails(" Ava Jones-Smith ", " Year 4 ", " A101 ", Joined.AddDays(1), new DateOnly(2027, 7, 21)));

        Assert.Equal(new PupilDetails("Ava Jones-Smith", "Year 4", "A101", Joined.AddDays(1), new DateOnly(2027, 7, 21)), pupil.Details);
    }

    [Fact]
    public void Change_LeftBeforeJoining_IsRefusedAndChangesNothing()
    {
        var pupil = new Pupil("Ava Jones", "Year 3", "A100", Joined);
        var before = pupil.Details;

        Assert.Throws<InvalidOperationException>(() => pupil.Change(before with { YearGroup = "Year 5", LeftOn = Joined.AddDays(-1) }));
        Assert.Equal(before, pupil.Details);
    }

    [Fact]
    public void Change_BlankMisId_IsStoredAsNone()
    {
        var pupil = new Pupil("Ava Jones", "Year 3", "A100", Joined);

        pupil.Change(pupil.Details with { MisId = "  " });

        Assert.Null(pupil.MisId);
    }

    [Fact]
    public void Change_BlankYearGroup_IsRefused()
    {
        var pupil = new Pupil("Ava Jones", "Year 3", "A100", Joined);

        Assert.ThrowsAny<ArgumentException>(() => pupil.Change(pupil.Details with { YearGroup = " " }));
    }
}
