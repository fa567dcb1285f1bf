using Microsoft.Extensions.Time.Testing;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.UnitTests.Mvc;

public sealed class UkTimeTests
{
    [Fact]
    public void Date_IsDayMonthYearWithLeadingZeros()
    {
        Assert.Equal("01/07/2026", UkTime.Date(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void DateAndTime_SummerUtc_IsShownInBritishSummerTime()
    {
        Assert.Equal("01/07/2026 13:00", UkTime.DateAndTime(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void DateAndTime_WinterUtc_IsUnchanged()
    {
        Assert.Equal("15/01/2026 12:00", UkTime.DateAndTime(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void DateAndTime_ClocksGoForward_OnTheLastSundayOfMarchAtOneUtc()
    {
        Assert.Equal("29/03/2026 00:59", UkTime.DateAndTime(new DateTime(2026, 3, 29, 0, 59, 0, DateTimeKind.Utc)));
        Assert.Equal("29/03/2026 02:00", UkTime.DateAndTime(new DateTime(2026, 3, 29, 1, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void DateAndTime_UnspecifiedKind_IsTreatedAsUtc()
    {
        Assert.Equal("01/07/2026 13:00", UkTime.DateAndTime(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void Today_SummerJustBeforeMidnightUtc_IsAlreadyTomorrowInLondon()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 7, 2), UkTime.Today(time));
    }

    [Fact]
    public void Today_WinterJustBeforeMidnightUtc_IsStillToday()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 1, 15), UkTime.Today(time));
    }

    [Fact]
    public void Today_FollowsTheClockAsItMoves()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 7, 1), UkTime.Today(time));

        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new DateOnly(2026, 7, 2), UkTime.Today(time));
    }
}
