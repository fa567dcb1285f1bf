using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Concerns;
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
                "Some adults were overdue; how many in each category is not shown.",
                "Fewer than 5 new starters were still within their first working days in each category that had any.",
            ],
            text);
    }

    [Fact]
    public void Acknowledgement_NobodyDue_SaysSo()
    {
        Assert.Equal(["No adult had to acknowledge the Social Media Policy by 01/09/2026."], ComplianceNarrative.Acknowledgement(AcknowledgementFigures.From([]), "01/09/2026", null));
    }

    [Fact]
    public void Concerns_KnownFigures_StatesThemUnderTheSmallNumberRule()
    {
        var figures = ConcernFigures.From(
        [
            .. Enumerable.Range(0, 6).Select(i => Closed(new DateOnly(2026, 9, 7), ThresholdDecision.LowLevelConcern, 10 + i)),
            .. Enumerable.Range(0, 3).Select(_ => Closed(new DateOnly(2026, 9, 7), ThresholdDecision.NotAConcern, 4)),
        ],
        new ReportingPeriod(new AcademicYear(2026, new DayOfYear(9, 1)), SchoolTerm.Autumn), new DateOnly(2026, 11, 25), new SchoolSettings());

        // Closed after 4, 4, 4, 10, 11, 12, 13, 14 and 15 days: the middle one is 11. The three "not a concern"
        // decisions are hidden, and 9 less the 6 low-level concerns would give them away, so the 6 is withheld.
        var text = ComplianceNarrative.Concerns(figures, new ReportingPeriod(new AcademicYear(2026, new DayOfYear(9, 1)), SchoolTerm.Autumn), "25 November 2026");

        Assert.Equal(
            [
                "By 25 November 2026, 9 concerns had been reported in the autumn term of 2026 to 2027.",
                "The case manager had triaged some (the number is not shown) of them as low-level concerns and none as allegations that met the harm threshold.",
                "They were typically triaged on the working day they were reported.",
                "9 of them had been closed.",
                "Those closed typically took 11 days from report to closure.",
                "None of them was overdue for triage or for contact with the local authority designated officer (LADO) on 25 November 2026.",
                "No referral to another agency had been made about them.",
            ],
            text);
    }

    [Fact]
    public void Concerns_NoneReported_SaysSoAndGivesNoTypicalTimes()
    {
        var figures = ConcernFigures.From([], new ReportingPeriod(new AcademicYear(2026, new DayOfYear(9, 1)), null), new DateOnly(2026, 11, 25), new SchoolSettings());

        var text = ComplianceNarrative.Concerns(figures, new ReportingPeriod(new AcademicYear(2026, new DayOfYear(9, 1)), null), "25 November 2026");

        Assert.Equal(["By 25 November 2026, no concern had been reported in the academic year 2026 to 2027."], text);
    }

    [Fact]
    public void Concerns_FewerThanFive_SaysSoAndGivesNoTypicalTimes()
    {
        var figures = ConcernFigures.From(
            [Closed(new DateOnly(2026, 9, 7), ThresholdDecision.LowLevelConcern, 3), Closed(new DateOnly(2026, 9, 8), ThresholdDecision.LowLevelConcern, 3)],
            new ReportingPeriod(new AcademicYear(2026, new DayOfYear(9, 1)), SchoolTerm.Autumn), new DateOnly(2026, 11, 25), new SchoolSettings());

        var text = ComplianceNarrative.Concerns(figures, new ReportingPeriod(new AcademicYear(2026, new DayOfYear(9, 1)), SchoolTerm.Autumn), "25 November 2026");

        Assert.Equal("By 25 November 2026, fewer than 5 concerns had been reported in the autumn term of 2026 to 2027.", text[0]);
        Assert.Contains("The case manager had triaged fewer than 5 of them as low-level concerns and none as allegations that met the harm threshold.", text);
        Assert.Contains("No typical time to triage is given: too few had been triaged, or it would give a number away.", text);
        Assert.Contains("Fewer than 5 of them had been closed.", text);
        Assert.Contains("No typical time to close is given: too few had been closed, or it would give a number away.", text);
    }

    private static ConcernTimeline Closed(DateOnly reportedOn, ThresholdDecision decision, int daysToClose) =>
        new(reportedOn, ConcernCategory.Other, false, CaseManager.Headteacher, null,
        [
            new ConcernStep(reportedOn, Decision: decision),
            new ConcernStep(reportedOn.AddDays(daysToClose), Outcome: ConcernOutcome.NoFurtherAction),
            new ConcernStep(reportedOn.AddDays(daysToClose), Status: ConcernStatus.Closed),
        ]);
}
