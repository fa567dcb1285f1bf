using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Features.Policies;

namespace RackHouse.Conduct.IntegrationTests.Reminders;

/// <summary>The reminder job against a real database on a moving calendar. The portal is installed on Wednesday
/// 25 November 2026, so the seeded policy is due 10 working days later, on Wednesday 9 December.</summary>
public sealed class AcknowledgementReminderTests : IDisposable
{
    private readonly ReminderWebFactory factory = new();

    [Fact]
    public async Task SendDue_FollowsTheScheduleAndNeverRepeatsADay()
    {
        await factory.CreateAdultAsync("owes@reminders.example", AdultCategory.Volunteer, fullName: "Olive Owes");
        var done = await factory.CreateAdultAsync("done@reminders.example", AdultCategory.TeachingStaff, fullName: "Dan Done");

        Assert.Equal(0, await SendOn(2026, 12, 1));
        Assert.Equal(2, await SendOn(2026, 12, 2));
        Assert.Equal(0, await SendOn(2026, 12, 2));

        await AcknowledgeAsync(done.AdultId);
        Assert.Equal(0, await SendOn(2026, 12, 9));
        Assert.Equal(1, await SendOn(2026, 12, 10));
        Assert.Equal(0, await SendOn(2026, 12, 16));
        Assert.Equal(1, await SendOn(2026, 12, 17));

        var mail = await factory.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => new { m.To, m.Subject, m.Body }).ToListAsync());
        Assert.Equal(4, mail.Count);
        Assert.Equal(["owes@reminders.example", "done@reminders.example"], mail.Take(2).Select(m => m.To).Order(StringComparer.Ordinal).Reverse());
        Assert.StartsWith("Reminder:", mail[0].Subject, StringComparison.Ordinal);
        Assert.All(mail.Skip(2), m => Assert.Equal("owes@reminders.example", m.To));
        Assert.All(mail.Skip(2), m => Assert.StartsWith("Overdue:", m.Subject, StringComparison.Ordinal));
        Assert.Contains("Social Media Policy: due by 09/12/2026", mail[2].Body, StringComparison.Ordinal);
        Assert.Contains("https://conduct.rackhouse.example/policies", mail[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_LeaverOrAdultWhoHasAcknowledged_GetsNothing()
    {
        var leaver = await factory.CreateAdultAsync("leaver@reminders.example", AdultCategory.AgencyStaff);
        await factory.QueryAsync(async db =>
        {
            var adult = await db.Adults.SingleAsync(a => a.Id == leaver.AdultId);
            adult.MarkAsLeft(new DateOnly(2026, 11, 27));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await SendOn(2026, 12, 2));
        Assert.Equal(0, await SendOn(2026, 12, 10));
    }

    [Fact]
    public async Task SendDue_TwoInstancesAtOnce_RemindEachAdultOnce()
    {
        for (var i = 0; i < 12; i++)
        {
            await factory.CreateAdultAsync($"adult{i}@reminders.example", AdultCategory.NonTeachingStaff);
        }

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.Zero));
        var counts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(RunJobAsync)));

        Assert.Equal(12, counts.Sum());
        Assert.Equal(12, await factory.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(12, await factory.QueryAsync(db => db.AcknowledgementReminders.CountAsync()));
    }

    public void Dispose() => factory.Dispose();

    private async Task<int> SendOn(int year, int month, int day)
    {
        factory.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 7, 0, 0, TimeSpan.Zero));
        return await RunJobAsync();
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcknowledgementReminders>().SendDueAsync();
    }

    private async Task AcknowledgeAsync(int adultId) =>
        await factory.QueryAsync(async db =>
        {
            var version = await db.PolicyVersions.SingleAsync();
            db.Acknowledgements.Add(new Acknowledgement(adultId, version.Id, 2026, factory.Clock.GetUtcNow().UtcDateTime, [AcknowledgementStatements.ReadAndUnderstood], "ab"));
            return await db.SaveChangesAsync();
        });

    private sealed class ReminderWebFactory() : ConductWebFactory(new Dictionary<string, string?> { ["App:PublicUrl"] = "https://conduct.rackhouse.example/" })
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

        protected override FakeTimeProvider TestClock => Clock;
    }
}
