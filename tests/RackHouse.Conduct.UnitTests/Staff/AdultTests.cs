using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Staff;

public sealed class AdultTests
{
    private static readonly DateOnly Started = new(2026, 9, 1);

    [Fact]
    public void Constructor_NameAndEmailWithSpaces_AreTrimmed()
    {
        var adult = new Adult("  Sam Patel ", " sam@rackhouse.example  ", AdultCategory.TeachingStaff, Started);

        Assert.Equal("Sam Patel", adult.FullName);
        Assert.Equal("sam@rackhouse.example", adult.Email);
        Assert.Equal(AdultCategory.TeachingStaff, adult.Category);
        Assert.Equal(Started, adult.StartDate);
        Assert.Null(adult.EndDate);
    }

    [Theory]
    [InlineData("", "sam@rackhouse.example")]
    [InlineData("   ", "sam@rackhouse.example")]
    [InlineData("Sam Patel", "")]
    [InlineData("Sam Patel", "  ")]
    public void Constructor_BlankNameOrEmail_IsRefused(string fullName, string email)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Adult(fullName, email, AdultCategory.Volunteer, Started));
    }

    [Fact]
    public void MarkAsLeft_BeforeTheyStarted_IsRefused()
    {
        var adult = NewAdult();

        Assert.Throws<InvalidOperationException>(() => adult.MarkAsLeft(Started.AddDays(-1)));
        Assert.Null(adult.EndDate);
    }

    [Fact]
    public void MarkAsLeft_OnTheirFirstDay_IsAllowed()
    {
        var adult = NewAdult();

        adult.MarkAsLeft(Started);

        Assert.Equal(Started, adult.EndDate);
    }

    [Fact]
    public void HasLeft_OnTheirLastDay_IsFalse()
    {
        var adult = NewAdult();
        var lastDay = new DateOnly(2027, 7, 23);
        adult.MarkAsLeft(lastDay);

        Assert.False(adult.HasLeft(lastDay));
    }

    [Fact]
    public void HasLeft_TheDayAfterTheirLastDay_IsTrue()
    {
        var adult = NewAdult();
        var lastDay = new DateOnly(2027, 7, 23);
        adult.MarkAsLeft(lastDay);

        Assert.True(adult.HasLeft(lastDay.AddDays(1)));
    }

    [Fact]
    public void HasLeft_NoEndDate_IsFalse()
    {
        Assert.False(NewAdult().HasLeft(new DateOnly(2040, 1, 1)));
    }

    private static Adult NewAdult() => new("Sam Patel", "sam@rackhouse.example", AdultCategory.TeachingStaff, Started);
}
