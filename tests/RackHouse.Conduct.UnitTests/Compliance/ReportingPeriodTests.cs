using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;

namespace RackHouse.Conduct.UnitTests.Compliance;

public sealed class ReportingPeriodTests
{
    private static readonly AcademicYear Year2026 = new(2026, new DayOfYear(9, 1));

    [Theory]
    [InlineData(null, "2026-09-01", "2027-08-31")]
    [InlineData(SchoolTerm.Autumn, "2026-09-01", "2026-12-31")]
    [InlineData(SchoolTerm.Spring, "2027-01-01", "2027-03-31")]
    [InlineData(SchoolTerm.Summer, "2027-04-01", "2027-08-31")]
    public void FirstDayAndLastDay_EachTerm_CoverTheYearWithoutGapsOrOverlaps(SchoolTerm? term, string first, string last)
    {
        var period = new ReportingPeriod(Year2026, term);

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), period.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), period.LastDay);
    }

    [Theory]
    [InlineData("2026-09-01", 2026, SchoolTerm.Autumn)]
    [InlineData("2026-12-31", 2026, SchoolTerm.Autumn)]
    [InlineData("2027-01-01", 2026, SchoolTerm.Spring)]
    [InlineData("2027-04-01", 2026, SchoolTerm.Summer)]
    [InlineData("2027-08-31", 2026, SchoolTerm.Summer)]
    public void TermContaining_Date_FindsItsTermAndAcademicYear(string date, int startYear, SchoolTerm term)
    {
        var period = ReportingPeriod.TermContaining(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new DayOfYear(9, 1));

        Assert.Equal(startYear, period.Year.StartYear);
        Assert.Equal(term, period.Term);
    }

    [Fact]
    public void ToString_TermAndYear_ReadsAsGovernorsSayIt()
    {
        Assert.Equal("Spring term 2026 to 2027", new ReportingPeriod(Year2026, SchoolTerm.Spring).ToString());
        Assert.Equal("2026 to 2027", new ReportingPeriod(Year2026, null).ToString());
    }
}
