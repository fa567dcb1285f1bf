using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Compliance;

public sealed class ComplianceNarrativeTests
{
    [Fact]
    public void Acknowledgement_LargeCounts_StatesThemWithLastYearForComparison()
    {
        var figures = AcknowledgementFigures.From(
        [
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Acknowledged), 30),
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Overdue), 10),
        ]);

        var text = ComplianceNarrative.Acknowledgement(figures, "21/10/2026", new Rate(32, 40));

        Assert.Equal(
            [
                "By 21/10/2026, 75% of the adults who must acknowledge the Social Media Policy had done so.",
                "10 adults were overdue.",
                "No new starters were still within their first working days.",
                "At the end of last academic year the figure was 80%.",
            ],
            text);
    }

    [Fact]
    public void Acknowledgement_SmallCounts_SaysFewerThanFiveAndNeverTheNumber()
    {
        var figures = AcknowledgementFigures.From(
        [
            .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Acknowledged), 20),
            (AdultCategory.TeachingStaff, AcknowledgementStatus.Overdue),
            .. Enumerable.Repeat((AdultCategory.Volunteer, AcknowledgementStatus.Overdue), 6),
            (AdultCategory.Governor, AcknowledgementStatus.NewStarterDue),
        ]);

        var text = ComplianceNarrative.Acknowledgement(figures, "21/10/2026", lastYear: null);

        Assert.Equal(
            [
                "By 21/10/2026, 71% of the adults who must acknowledge the Social Media Policy had done so.",
                "6 adults were overdue, and fewer than 5 in each of some other categories.",
                "Fewer than 5 new starters were still within their first working days in each category that had any.",
            ],
            text);
    }

    [Fact]
    public void Acknowledgement_NobodyDue_SaysSo()
    {
        Assert.Equal(["No adult had to acknowledge the Social Media Policy by 01/09/2026."], ComplianceNarrative.Acknowledgement(AcknowledgementFigures.From([]), "01/09/2026", null));
    }
}
