using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Compliance;

public sealed class AcknowledgementFiguresTests
{
    /// <summary>12 teachers (10 acknowledged, 2 overdue), 6 volunteers (all acknowledged), 3 governors (1 acknowledged,
    /// 1 new starter, 1 overdue) and a leaver who had not acknowledged.</summary>
    private static readonly AcknowledgementFigures Figures = AcknowledgementFigures.From(
    [
        .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Acknowledged), 10),
        .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Overdue), 2),
        .. Enumerable.Repeat((AdultCategory.Volunteer, AcknowledgementStatus.Acknowledged), 6),
        (AdultCategory.Governor, AcknowledgementStatus.Acknowledged),
        (AdultCategory.Governor, AcknowledgementStatus.NewStarterDue),
        (AdultCategory.Governor, AcknowledgementStatus.Overdue),
        (AdultCategory.Volunteer, AcknowledgementStatus.Left),
    ]);

    [Fact]
    public void Overall_FourOfTwentyOneStillToAcknowledge_HidesThePercentageAndIgnoresTheLeaver()
    {
        Assert.Equal(new Rate(17, 21), Figures.Overall);
        Assert.Equal("all but fewer than 5", Figures.Overall.ToString());
    }

    [Fact]
    public void ByCategory_SmallCountsAndWhatWouldGiveThemAway_AreHidden()
    {
        // The two overdue teachers would be 12 - 10 less the zeros beside them, so the teachers' 12 is withheld.
        var categories = Enum.GetValues<AdultCategory>().ToList();
        var teachers = categories.IndexOf(AdultCategory.TeachingStaff);
        var governors = categories.IndexOf(AdultCategory.Governor);

        Assert.Equal(["not shown", "10", "0", "0", "fewer than 5"], Row(Figures, teachers));
        Assert.Equal("not shown", Figures.RateByCategory[teachers].ToString());
        Assert.Equal(["6", "6", "0", "0", "0"], Row(Figures, categories.IndexOf(AdultCategory.Volunteer)));
        Assert.Equal("100%", Figures.RateByCategory[categories.IndexOf(AdultCategory.Volunteer)].ToString());
        Assert.Equal(["fewer than 5", "fewer than 5", "0", "fewer than 5", "fewer than 5"], Row(Figures, governors));
        Assert.Equal("fewer than 5 due", Figures.RateByCategory[governors].ToString());
        Assert.Equal("none due", Figures.RateByCategory[categories.IndexOf(AdultCategory.Apprentice)].ToString());
    }

    [Fact]
    public void Totals_WithHiddenRows_CountOnlyWhatIsShown()
    {
        Assert.Equal(6, Figures.Expected.Total.Count);
        Assert.Equal(16, Figures.Acknowledged.Total.Count);
        Assert.Equal(0, Figures.Overdue.Total.Count);
        Assert.True(Figures.Overdue.HidesRows);
        Assert.Equal("0", Figures.NewStartersPending.Total.ToString());
    }

    [Fact]
    public void ByCategory_ACountHiddenInARow_WithholdsTheSmallestCountThatWouldGiveItAway()
    {
        // 25 teachers after the deadline: 15 acknowledged, 7 new starters, 3 overdue. With 25, 15 and 7 shown, the 3
        // would be 25 - 15 - 7, so the 7 is withheld; the rate, 15 of 25, gives nothing more away.
        var figures = AcknowledgementFigures.From(
        [
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Acknowledged), 15),
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.NewStarterDue), 7),
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Overdue), 3),
        ]);

        Assert.Equal(["25", "15", "0", "not shown", "fewer than 5"], Row(figures, 0));
        Assert.Equal("60%", figures.RateByCategory[0].ToString());
        Assert.Equal("60%", figures.Overall.ToString());
    }

    [Fact]
    public void Overall_TheOnlyRateThatWouldGiveAwayACount_IsWithheld()
    {
        // 30 adults, 3 acknowledged: 10% of 30 would give the hidden 3 away.
        var figures = AcknowledgementFigures.From(
        [
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Acknowledged), 3),
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Outstanding), 27),
        ]);

        Assert.Equal("fewer than 5", figures.Acknowledged.Rows[0].Figure.ToString());
        Assert.Null(figures.Overall.Percent);
        Assert.Null(figures.RateByCategory[0].Percent);
        Assert.Equal("not shown", figures.Overall.ToString());
    }

    private static string[] Row(AcknowledgementFigures figures, int category) =>
        [.. new[] { figures.Expected, figures.Acknowledged, figures.NotYetDue, figures.NewStartersPending, figures.Overdue }.Select(table => table.Rows[category].Figure.ToString())];
}
