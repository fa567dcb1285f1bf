using System.Net;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>A case handler who signed in with two-factor stays signed in with two-factor through the periodic
/// security-stamp check (every 30 minutes), instead of being sent to enrolment in the middle of a case.</summary>
public sealed class CaseHandlerSessionTests
{
    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    public async Task CaseFiles_MinutesAfterSigningInWithTwoFactor_StillOpen(int minutes)
    {
        await using var factory = new ConcernWebFactory();
        using var head = await factory.SignedInAdultAsync("head@session.example", "Hilda Head", Roles.Headteacher);

        factory.Clock.Advance(TimeSpan.FromMinutes(minutes));
        using var response = await head.GetAsync("/admin/concerns");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.Headers.Location}");
    }
}
