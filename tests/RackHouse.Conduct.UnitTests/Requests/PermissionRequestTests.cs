using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.UnitTests.Requests;

public sealed class PermissionRequestTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Grant_WithConditions_KeepsThemForTheAdultToSee()
    {
        var request = Asked();

        request.Grant(1, Now, "Only through the school's account.");

        Assert.Equal(PermissionStatus.Granted, request.Status);
        Assert.Equal("Only through the school's account.", request.Conditions);
    }

    [Fact]
    public void Grant_AsAsked_HasNoConditions()
    {
        var request = Asked();

        request.Grant(1, Now, " ");

        Assert.Null(request.Conditions);
    }

    [Fact]
    public void Refuse_AfterGranting_IsRefused()
    {
        var request = Asked();
        request.Grant(1, Now, null);

        Assert.Throws<InvalidOperationException>(() => request.Refuse(1, Now, "Changed my mind"));
        Assert.Equal(2, request.Steps.Count);
    }

    private static PermissionRequest Asked() =>
        new(7, "Discuss a pupil's progress", "The pupil's mother", "She only uses Messenger", "This term", Now);
}
