using Microsoft.Extensions.Time.Testing;
using OtpNet;

namespace RackHouse.Conduct.IntegrationTests.Infrastructure;

/// <summary>The portal with a clock the test moves. It starts at today's real time (so cookies and tokens stay
/// sensible), 10 seconds into a 30-second authenticator step, and stands still until a test advances it: codes
/// computed from <see cref="Clock"/> never fall on the edge of a step.</summary>
public sealed class FakeClockWebFactory : ConductWebFactory
{
    public FakeClockWebFactory()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds((now / 30 * 30) + 10));
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The code an authenticator app shows at the portal's time, moved by whole 30-second steps.</summary>
    public string Code(string base32Secret, int stepOffset = 0) =>
        new Totp(Base32Encoding.ToBytes(base32Secret)).ComputeTotp(Clock.GetUtcNow().UtcDateTime.AddSeconds(30 * stepOffset));

    /// <summary>Moves the clock on to the next authenticator step.</summary>
    public void NextStep() => Clock.Advance(TimeSpan.FromSeconds(30));

    protected override FakeTimeProvider TestClock => Clock;
}
