using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;

namespace RackHouse.Conduct.UnitTests.Compliance;

/// <summary>A reader of published figures who knows how they relate and what the labels mean ("fewer than 5" is 1 to
/// 4; "not shown" is taken to be 5 or more, the likeliest guess, unless the count was itself fewer than 5), and who
/// tries every way of filling in the hidden counts: the independent check of what the figures give away.</summary>
internal sealed class FigureReader(int largest)
{
    private readonly List<string> names = [];
    private readonly List<(int Least, int Most)> ranges = [];
    private readonly List<List<(int Cell, int Weight)>> ties = [];
    private readonly List<Func<int[], bool>> checks = [];

    public List<int> Actual { get; } = [];

    public IEnumerable<int> Hidden => Enumerable.Range(0, ranges.Count).Where(cell => ranges[cell].Least != ranges[cell].Most);

    public string Describe(int cell) => names[cell];

    /// <param name="withheldAsShown">For proving the reader able: take withheld counts as if they were shown.</param>
    public int Add(string name, Figure figure, bool withheldAsShown = false)
    {
        names.Add(name);
        Actual.Add(figure.Count);
        ranges.Add(figure switch
        {
            { IsWithheld: true, Count: >= SmallNumber.Threshold } when !withheldAsShown => (SmallNumber.Threshold, largest),
            { IsWithheld: true } when !withheldAsShown => (1, largest),
            { IsHidden: true } when SmallNumber.IsSuppressed(figure.Count) => (1, SmallNumber.Threshold - 1),
            _ => (figure.Count, figure.Count),
        });
        return names.Count - 1;
    }

    public List<int> Add(FigureTable table, bool withheldAsShown = false) =>
        table.Rows.Select(row => Add($"{table.Title}: {row.Label}", row.Figure, withheldAsShown)).ToList();

    /// <summary>A sum the reader knows to be 0, such as a total less its rows.</summary>
    public void Tie(IEnumerable<(int Cell, int Weight)> terms) => ties.Add(terms.ToList());

    /// <summary>Anything else the reader knows of the counts, such as a percentage shown.</summary>
    public void Check(Func<int[], bool> check) => checks.Add(check);

    /// <summary>Whether some filling-in of every hidden count fits everything known, with this one different.</summary>
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
            var values = trial.Select(range => range.Least).ToArray();
            return ties.All(tie => tie.Sum(term => term.Weight * values[term.Cell]) == 0) && checks.All(check => check(values));
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
}
