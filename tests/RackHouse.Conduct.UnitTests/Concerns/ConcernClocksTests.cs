using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Concerns;

public sealed class ConcernClocksTests
{
    // 27 November 2026 is a Friday.
    private static readonly DateOnly Friday = new(2026, 11, 27);
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly DateOnly Tuesday = new(2026, 12, 1);
    private static readonly SchoolSettings Defaults = new();

    [Fact]
    public void TriageDue_UrgentByDefault_SameWorkingDay() =>
        Assert.Equal(Friday, ConcernClocks.TriageDue(Friday, isUrgent: true, Defaults));

    [Fact]
    public void TriageDue_OtherOnFriday_NextMonday() =>
        Assert.Equal(Monday, ConcernClocks.TriageDue(Friday, isUrgent: false, Defaults));

    [Fact]
    public void TriageDue_Configured_UsesTheSettings() =>
        Assert.Equal(Tuesday, ConcernClocks.TriageDue(Friday, isUrgent: false, new SchoolSettings { TriageWorkingDays = 2 }));

    [Theory]
    [InlineData(true, 2026, 11, 27, false)]
    [InlineData(true, 2026, 11, 28, true)]
    [InlineData(false, 2026, 11, 30, false)]
    [InlineData(false, 2026, 12, 1, true)]
    public void IsTriageOverdue_NewConcern_AfterTheDueDay(bool urgent, int year, int month, int day, bool expected) =>
        Assert.Equal(expected, ConcernClocks.IsTriageOverdue(ConcernStatus.New, Friday, urgent, Defaults, new DateOnly(year, month, day)));

    [Fact]
    public void IsTriageOverdue_Triaged_NeverOverdue() =>
        Assert.False(ConcernClocks.IsTriageOverdue(ConcernStatus.Triaged, Friday, isUrgent: true, Defaults, Tuesday.AddDays(30)));

    [Fact]
    public void IsLadoContactOverdue_HarmDecisionOnFridayNoContact_OverdueOnTuesday()
    {
        Assert.False(ConcernClocks.IsLadoContactOverdue(ConcernStatus.Triaged, Friday, null, Defaults, Monday));
        Assert.True(ConcernClocks.IsLadoContactOverdue(ConcernStatus.Triaged, Friday, null, Defaults, Tuesday));
    }

    [Fact]
    public void IsLadoContactOverdue_Contacted_NotOverdue() =>
        Assert.False(ConcernClocks.IsLadoContactOverdue(ConcernStatus.Investigating, Friday, Tuesday, Defaults, Tuesday.AddDays(10)));

    [Fact]
    public void IsLadoContactOverdue_NoHarmDecision_NotOverdue() =>
        Assert.False(ConcernClocks.IsLadoContactOverdue(ConcernStatus.Triaged, null, null, Defaults, Tuesday.AddDays(10)));

    [Fact]
    public void IsLadoContactOverdue_Closed_NotOverdue() =>
        Assert.False(ConcernClocks.IsLadoContactOverdue(ConcernStatus.Closed, Friday, null, Defaults, Tuesday.AddDays(10)));
}
