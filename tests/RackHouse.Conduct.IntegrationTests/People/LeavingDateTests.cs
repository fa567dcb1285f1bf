using System.Net;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.People;

/// <summary>An adult whose last day is still to come keeps working until it is over; from the next day their sign-in
/// stops working without anyone disabling it, so a safeguarding lead who left in July cannot open cases in September.</summary>
public sealed class LeavingDateTests
{
    [Fact]
    public async Task SignedIn_LastDayPasses_IsSignedOutTheNextDay()
    {
        await using var factory = new PolicyWebFactory();
        using var adult = await factory.SignedInAdultAsync("leaving@dates.example", fullName: "Lee Leaving");
        await factory.QueryAsync(async db =>
        {
            (await db.Adults.SingleAsync(a => a.Email == "leaving@dates.example")).MarkAsLeft(new DateOnly(2026, 10, 9));
            return await db.SaveChangesAsync();
        });

        using var onLastDay = await adult.GetAsync("/");
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 10, 8, 0, 0, TimeSpan.Zero));
        using var dayAfter = await adult.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, onLastDay.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, dayAfter.StatusCode);
        Assert.Contains("/account/sign-in", dayAfter.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(AdultCategory.TeachingStaff, await factory.QueryAsync(db => db.Adults.Where(a => a.Email == "leaving@dates.example").Select(a => a.Category).SingleAsync()));
    }
}
