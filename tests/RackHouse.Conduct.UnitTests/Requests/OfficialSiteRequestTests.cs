using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.UnitTests.Requests;

public sealed class OfficialSiteRequestTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Approve_KeepsTheReasonsAndReviewDateThenCloses()
    {
        var request = new OfficialSiteRequest(7, "Instagram", "@rackhouse.pe", "Share sports results", "Parents", "PE lead and office", Now);

        request.Approve(1, Now.AddDays(1), "Good use.", new DateOnly(2027, 7, 1));
        request.Close(1, Now.AddDays(200), "No longer used.");

        Assert.Equal(SiteRequestStatus.Closed, request.Status);
        Assert.Equal(new DateOnly(2027, 7, 1), request.ReviewOn);
        Assert.Equal(["Propose", "Approve", "Close"], request.Steps.Select(s => s.Action.ToString()));
        Assert.Equal(["Good use.", "No longer used."], request.Steps.Skip(1).Select(s => s.Text));
    }

    [Fact]
    public void Close_StillProposed_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => new OfficialSiteRequest(7, "X", "@a", "b", "c", "d", Now).Close(1, Now, "why"));

    [Fact]
    public void Decline_WithoutReasons_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new OfficialSiteRequest(7, "X", "@a", "b", "c", "d", Now).Decline(1, Now, ""));
}
