using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Roster;

public sealed class AdultChangeTests
{
    private static readonly DateOnly Started = new(2024, 9, 1);

    [Fact]
    public void Change_EveryField_IsKeptTrimmed()
    {
        var adult = new Adult("Sam Patel", "sam@rackhouse.example", AdultCategory.TeachingStaff, Started);

        adult.Change(new AdultDetails(" Sam Patel-Jones ", " sam.pj@rackhouse.example ", AdultCategory.AgencyStaff, " Cover supervisor ", true, " Supply Co ", Started.AddDays(3), new DateOnly(2027, 7, 23)));

        Assert.Equal(new AdultDetails("Sam Patel-Jones", "sam.pj@rackhouse.example", AdultCategory.AgencyStaff, "Cover supervisor", true, "Supply Co", Started.AddDays(3), new DateOnly(2027, 7, 23)), adult.Details);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Change_BlankOptionalText_IsStoredAsNone(string blank)
    {
        var adult = new Adult("Sam Patel", "sam@rackhouse.example", AdultCategory.TeachingStaff, Started) { JobTitle = "Teacher", Employer = "Agency" };

        adult.Change(adult.Details with { JobTitle = blank, Employer = blank });

        Assert.Null(adult.JobTitle);
        Assert.Null(adult.Employer);
    }

    [Fact]
    public void Change_EndBeforeStart_IsRefusedAndChangesNothing()
    {
        var adult = new Adult("Sam Patel", "sam@rackhouse.example", AdultCategory.TeachingStaff, Started);
        var before = adult.Details;

        Assert.Throws<InvalidOperationException>(() => adult.Change(before with { FullName = "Someone Else", EndDate = Started.AddDays(-1) }));
        Assert.Equal(before, adult.Details);
    }

    [Theory]
    [InlineData("", "sam@rackhouse.example")]
    [InlineData("Sam Patel", " ")]
    public void Change_BlankNameOrEmail_IsRefused(string name, string email)
    {
        var adult = new Adult("Sam Patel", "sam@rackhouse.example", AdultCategory.TeachingStaff, Started);

        Assert.ThrowsAny<ArgumentException>(() => adult.Change(adult.Details with { FullName = name, Email = email }));
    }

    [Fact]
    public void Change_NoEndDate_TakesALeaverBack()
    {
        var adult = new Adult("Sam Patel", "sam@rackhouse.example", AdultCategory.TeachingStaff, Started);
        adult.MarkAsLeft(new DateOnly(2025, 7, 22));

        adult.Change(adult.Details with { EndDate = null });

        Assert.False(adult.HasLeft(new DateOnly(2030, 1, 1)));
    }
}
