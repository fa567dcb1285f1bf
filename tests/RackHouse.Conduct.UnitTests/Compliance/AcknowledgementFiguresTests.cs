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
    public void ByCategory_SmallCategoriesAndSmallRemainders_AreHidden()
    {
        var categories = Enum.GetValues<AdultCategory>().ToList();

        Assert.Equal("not shown", Figures.Expected.Rows[categories.IndexOf(AdultCategory.TeachingStaff)].Figure.ToString());
        Assert.Equal("all but fewer than 5", Figures.RateByCategory[categories.IndexOf(AdultCategory.TeachingStaff)].ToString());
        Assert.Equal("100%", Figures.RateByCategory[categories.IndexOf(AdultCategory.Volunteer)].ToString());
        Assert.Equal("not shown", Figures.Expected.Rows[categories.IndexOf(AdultCategory.Governor)].Figure.ToString());
        Assert.Equal("fewer than 5 due", Figures.RateByCategory[categories.IndexOf(AdultCategory.Governor)].ToString());
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
    public void ByCategory_ACountHiddenInARow_WithholdsTheAdultsAndRateThatWouldGiveItAway()
    {
        // 25 teachers after the deadline: 15 acknowledged, 7 new starters, 3 overdue. With 25 and 60% shown, the 3
        // would be 25 - 15 - 7.
        var figures = AcknowledgementFigures.From(
        [
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Acknowledged), 15),
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.NewStarterDue), 7),
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Overdue), 3),
        ]);

        Assert.Equal("not shown", figures.Expected.Rows[0].Figure.ToString());
        Assert.Equal("15", figures.Acknowledged.Rows[0].Figure.ToString());
        Assert.Equal("7", figures.NewStartersPending.Rows[0].Figure.ToString());
        Assert.Equal("fewer than 5", figures.Overdue.Rows[0].Figure.ToString());
        Assert.Equal("not shown", figures.RateByCategory[0].ToString());
        Assert.Null(figures.RateByCategory[0].Percent);
        Assert.Equal(0, figures.Expected.Total.Count);
    }
}
