using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.UnitTests.Common;

public sealed class AcademicYearTests
{
    private static readonly DayOfYear FirstOfSeptember = new(9, 1);

    [Fact]
    public void Containing_ThirtyFirstOfAugust_BelongsToTheYearThatStartedTheSeptemberBefore()
    {
        Assert.Equal(2025, AcademicYear.Containing(new DateOnly(2026, 8, 31), FirstOfSeptember).StartYear);
    }

    [Fact]
    public void Containing_FirstOfSeptember_StartsANewYear()
    {
        Assert.Equal(2026, AcademicYear.Containing(new DateOnly(2026, 9, 1), FirstOfSeptember).StartYear);
    }

    [Fact]
    public void Containing_January_BelongsToTheYearThatStartedTheSeptemberBefore()
    {
        Assert.Equal(2026, AcademicYear.Containing(new DateOnly(2027, 1, 15), FirstOfSeptember).StartYear);
    }

    [Fact]
    public void FirstDayAndLastDay_DefaultStart_RunFromFirstSeptemberToThirtyFirstAugust()
    {
        var year = new AcademicYear(2026, FirstOfSeptember);

        Assert.Equal(new DateOnly(2026, 9, 1), year.FirstDay);
        Assert.Equal(new DateOnly(2027, 8, 31), year.LastDay);
    }

    [Fact]
    public void Containing_TwentyNinthOfFebruary_FallsInTheYearThatStartedTheSeptemberBefore()
    {
        var year = AcademicYear.Containing(new DateOnly(2028, 2, 29), FirstOfSeptember);

        Assert.Equal(2027, year.StartYear);
        Assert.True(year.Contains(new DateOnly(2028, 2, 29)));
    }

    [Fact]
    public void LastDay_YearStartingFirstOfMarchBeforeALeapYear_EndsOnTwentyNinthOfFebruary()
    {
        var year = new AcademicYear(2027, new DayOfYear(3, 1));

        Assert.Equal(new DateOnly(2028, 2, 29), year.LastDay);
    }

    [Fact]
    public void LastDay_YearStartingFirstOfMarchBeforeACommonYear_EndsOnTwentyEighthOfFebruary()
    {
        var year = new AcademicYear(2026, new DayOfYear(3, 1));

        Assert.Equal(new DateOnly(2027, 2, 28), year.LastDay);
    }

    [Fact]
    public void Containing_NonDefaultStart_UsesTheSchoolsOwnFirstDay()
    {
        var firstOfAugust = new DayOfYear(8, 1);

        Assert.Equal(2025, AcademicYear.Containing(new DateOnly(2026, 7, 31), firstOfAugust).StartYear);
        Assert.Equal(2026, AcademicYear.Containing(new DateOnly(2026, 8, 1), firstOfAugust).StartYear);
        Assert.Equal(new DateOnly(2027, 7, 31), new AcademicYear(2026, firstOfAugust).LastDay);
    }

    [Fact]
    public void Contains_FirstAndLastDay_AreInsideAndTheDaysAroundAreNot()
    {
        var year = new AcademicYear(2026, FirstOfSeptember);

        Assert.True(year.Contains(new DateOnly(2026, 9, 1)));
        Assert.True(year.Contains(new DateOnly(2027, 8, 31)));
        Assert.False(year.Contains(new DateOnly(2026, 8, 31)));
        Assert.False(year.Contains(new DateOnly(2027, 9, 1)));
    }

    [Fact]
    public void NextAndPrevious_MoveOneYearAndKeepTheStartDay()
    {
        var year = new AcademicYear(2026, new DayOfYear(9, 3));

        Assert.Equal(new AcademicYear(2027, new DayOfYear(9, 3)), year.Next());
        Assert.Equal(new AcademicYear(2025, new DayOfYear(9, 3)), year.Previous());
    }

    [Fact]
    public void ToString_NamesBothCalendarYears()
    {
        Assert.Equal("2026 to 2027", new AcademicYear(2026, FirstOfSeptember).ToString());
    }
}
