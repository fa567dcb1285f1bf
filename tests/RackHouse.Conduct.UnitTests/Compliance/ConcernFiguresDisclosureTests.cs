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
            var reader = new Reader(figures);

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
        var reader = new Reader(figures, withheldAsShown: true);

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

    /// <summary>The counts as unknowns, each with the range its label allows, and the sums that tie them.</summary>
    private sealed class Reader
    {
        private readonly List<string> names = [];
        private readonly List<(int Least, int Most)> ranges = [];
        private readonly List<List<(int Cell, int Weight)>> ties = [];

        public Reader(ConcernFigures figures, bool withheldAsShown = false)
        {
            var reported = Add("Reported", figures.Reported, withheldAsShown);
            var categories = Add(figures.ByCategory, withheldAsShown);
            var months = Add(figures.ByMonth, withheldAsShown);
            var statuses = Add(figures.ByStatus, withheldAsShown);
            var decisions = Add(figures.TriageDecisions, withheldAsShown);
            var outcomes = Add(figures.Outcomes, withheldAsShown);
            foreach (var sharing in new[] { categories, months, statuses })
            {
                ties.Add([(reported, 1), .. sharing.Select(cell => (cell, -1))]);
            }

            // Those past "new" have a decision; those with an outcome recorded or closed have an outcome.
            ties.Add([(reported, 1), (statuses[0], -1), .. decisions.Select(cell => (cell, -1))]);
            ties.Add([(statuses[3], 1), (statuses[4], 1), .. outcomes.Select(cell => (cell, -1))]);
        }

        public List<int> Actual { get; } = [];

        public IEnumerable<int> Hidden => Enumerable.Range(0, ranges.Count).Where(cell => ranges[cell].Least != ranges[cell].Most);

        public string Describe(int cell) => names[cell];

        /// <summary>Whether some filling-in of every hidden count fits the labels and the sums, with this one different.</summary>
        public bool HasAnotherValue(int cell)
        {
            for (var value = ranges[cell].Least; value <= ranges[cell].Most; value++)
            {
                if (value == Actual[cell])
                {
                    continue;
                }

                var trial = ranges.ToArray();
                trial[cell] = (value, value);
                if (Solvable(trial))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Solvable((int Least, int Most)[] trial)
        {
            if (!Narrow(trial))
            {
                return false;
            }

            var open = Enumerable.Range(0, trial.Length).Where(i => trial[i].Least != trial[i].Most).OrderBy(i => trial[i].Most - trial[i].Least).FirstOrDefault(-1);
            if (open < 0)
            {
                return ties.All(tie => tie.Sum(term => term.Weight * trial[term.Cell].Least) == 0);
            }

            for (var value = trial[open].Least; value <= trial[open].Most; value++)
            {
                var next = trial.ToArray();
                next[open] = (value, value);
                if (Solvable(next))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Narrows every range from every sum until nothing changes; false when some range empties.</summary>
        private bool Narrow((int Least, int Most)[] trial)
        {
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var tie in ties)
                {
                    foreach (var (cell, weight) in tie)
                    {
                        var rest = tie.Where(term => term.Cell != cell).ToList();
                        var low = rest.Sum(term => Math.Min(term.Weight * trial[term.Cell].Least, term.Weight * trial[term.Cell].Most));
                        var high = rest.Sum(term => Math.Max(term.Weight * trial[term.Cell].Least, term.Weight * trial[term.Cell].Most));
                        // weight * x = -rest, and weight is 1 or -1.
                        var (least, most) = weight > 0 ? (-high, -low) : (low, high);
                        var narrowed = (Math.Max(trial[cell].Least, least), Math.Min(trial[cell].Most, most));
                        if (narrowed.Item1 > narrowed.Item2)
                        {
                            return false;
                        }

                        if (narrowed != trial[cell])
                        {
                            trial[cell] = narrowed;
                            changed = true;
                        }
                    }
                }
            }

            return true;
        }

        private List<int> Add(FigureTable table, bool withheldAsShown) =>
            table.Rows.Select(row => Add($"{table.Title}: {row.Label}", row.Figure, withheldAsShown)).ToList();

        private int Add(string name, Figure figure, bool withheldAsShown)
        {
            names.Add(name);
            Actual.Add(figure.Count);
            ranges.Add(figure switch
            {
                { IsWithheld: true, Count: >= SmallNumber.Threshold } when !withheldAsShown => (SmallNumber.Threshold, Largest),
                { IsWithheld: true } when !withheldAsShown => (1, Largest),
                { IsHidden: true } when SmallNumber.IsSuppressed(figure.Count) => (1, SmallNumber.Threshold - 1),
                _ => (figure.Count, figure.Count),
            });
            return names.Count - 1;
        }
    }
}
