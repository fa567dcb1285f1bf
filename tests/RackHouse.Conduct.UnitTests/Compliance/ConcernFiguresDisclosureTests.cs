using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Compliance;

/// <summary>A reader of a term's concern figures who knows how the tables relate (every concern has one category, one
/// month and one status; those past "new" have one triage decision; those with an outcome recorded or closed have one
/// outcome) and what the labels mean ("fewer than 5" is 1 to 4; "not shown" is taken to be 5 or more, the reader's
/// likeliest guess, unless the count was itself fewer than 5), and who tries every way of filling in the hidden counts. Whatever the concerns, each hidden count
/// must keep another possible value.</summary>
public sealed class ConcernFiguresDisclosureTests
{
    private static readonly ReportingPeriod Autumn = new(new AcademicYear(2026, new DayOfYear(9, 1)), SchoolTerm.Autumn);
    private static readonly DateOnly AsAt = new(2026, 11, 30);
    private const int Largest = 40;

    [Fact]
    public void RandomTerms_EveryHiddenCount_HasAnotherPossibleValue()
    {
        var random = new Random(20261206);
        for (var run = 0; run < 300; run++)
        {
            var concerns = RandomTerm(random, random.Next(1, 26));
            var figures = ConcernFigures.From(concerns, Autumn, AsAt, new SchoolSettings());
            var reader = ReaderOf(figures);

            foreach (var cell in reader.Hidden)
            {
                Assert.True(reader.HasAnotherValue(cell), $"Run {run}: {reader.Describe(cell)} can only be {reader.Actual[cell]}. " + string.Join("; ", new[] { figures.ByCategory, figures.ByMonth, figures.ByStatus, figures.TriageDecisions, figures.Outcomes }.SelectMany(t => t.Rows.Where(r => r.Figure.Count > 0).Select(r => $"{r.Label}={r.Figure.Count}/{r.Figure}"))) + $" R={figures.Reported.Count}/{figures.Reported}");
            }
        }
    }

    [Fact]
    public void Reader_FiguresWithNothingWithheld_WouldWorkOutAHiddenCount()
    {
        // The test's reader is able: given the raw counts with only the small-number rule, it finds the giveaway.
        var concerns = RandomTerm(new Random(1), 0)
            .Concat(Enumerable.Range(0, 7).Select(_ => Timeline(new DateOnly(2026, 9, 7), ConcernCategory.Trolling, ConcernStatus.New, null, null)))
            .Append(Timeline(new DateOnly(2026, 9, 7), ConcernCategory.Cyberbullying, ConcernStatus.New, null, null))
            .ToList();
        var figures = ConcernFigures.From(concerns, Autumn, AsAt, new SchoolSettings());
        var reader = ReaderOf(figures, withheldAsShown: true);

        Assert.Contains(reader.Hidden, cell => !reader.HasAnotherValue(cell));
    }

    private static List<ConcernTimeline> RandomTerm(Random random, int count)
    {
        ConcernCategory[] categories = [ConcernCategory.InappropriateContent, ConcernCategory.Cyberbullying, ConcernCategory.Trolling];
        ThresholdDecision[] decisions = [ThresholdDecision.LowLevelConcern, ThresholdDecision.HarmThreshold, ThresholdDecision.NotAConcern];
        ConcernOutcome[] outcomes = [ConcernOutcome.NoFurtherAction, ConcernOutcome.Substantiated, ConcernOutcome.Unfounded];
        var statuses = Enum.GetValues<ConcernStatus>();
        return Enumerable.Range(0, count).Select(_ =>
        {
            var status = statuses[random.Next(statuses.Length)];
            return Timeline(
                new DateOnly(2026, 9 + random.Next(3), 1 + random.Next(28)),
                categories[random.Next(categories.Length)],
                status,
                status == ConcernStatus.New ? null : decisions[random.Next(decisions.Length)],
                status is ConcernStatus.OutcomeRecorded or ConcernStatus.Closed ? outcomes[random.Next(outcomes.Length)] : null);
        }).ToList();
    }

    private static ConcernTimeline Timeline(DateOnly on, ConcernCategory category, ConcernStatus status, ThresholdDecision? decision, ConcernOutcome? outcome)
    {
        List<ConcernStep> steps = [];
        if (decision is not null)
        {
            steps.Add(new ConcernStep(on, Decision: decision));
            steps.Add(new ConcernStep(on, Status: ConcernStatus.Triaged));
        }

        if (outcome is not null)
        {
            steps.Add(new ConcernStep(on, Outcome: outcome));
        }

        if (status != ConcernStatus.New)
        {
            steps.Add(new ConcernStep(on, Status: status));
        }

        return new ConcernTimeline(on, category, false, CaseManager.Headteacher, null, steps);
    }

    /// <summary>The reader of a term's concern tables, with the sums that tie them.</summary>
    private static FigureReader ReaderOf(ConcernFigures figures, bool withheldAsShown = false)
    {
        var reader = new FigureReader(Largest);
        var reported = reader.Add("Reported", figures.Reported, withheldAsShown);
        var categories = reader.Add(figures.ByCategory, withheldAsShown);
        var months = reader.Add(figures.ByMonth, withheldAsShown);
        var statuses = reader.Add(figures.ByStatus, withheldAsShown);
        var decisions = reader.Add(figures.TriageDecisions, withheldAsShown);
        var outcomes = reader.Add(figures.Outcomes, withheldAsShown);
        foreach (var sharing in new[] { categories, months, statuses })
        {
            reader.Tie([(reported, 1), .. sharing.Select(cell => (cell, -1))]);
        }

        // Those past "new" have a decision; those with an outcome recorded or closed have an outcome.
        reader.Tie([(reported, 1), (statuses[0], -1), .. decisions.Select(cell => (cell, -1))]);
        reader.Tie([(statuses[3], 1), (statuses[4], 1), .. outcomes.Select(cell => (cell, -1))]);
        return reader;
    }
}
