namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>The hidden counts of <see cref="LinkedTables{TKind}"/> as a reader sees them: each within the range its
/// label allows, and tied by the sums of them the reader can work out from the counts shown. A count is given away when
/// no other value fits: found by trying values, narrowing every range from every sum as it goes.</summary>
/// <param name="actual">The true counts.</param>
/// <param name="ranges">What each label allows.</param>
/// <param name="sums">Weights w with sum(w_i * count_i) known to the reader.</param>
internal sealed class HiddenCounts(IReadOnlyList<long> actual, IReadOnlyList<(long Least, long Most)> ranges, IReadOnlyList<long[]> sums)
{
    /// <summary>How many trial values one question may take before it is answered as "given away", erring on the side
    /// of withholding more.</summary>
    private const int Budget = 2_000;

    /// <summary>How many other values of a count are tried, nearest first: a count that fits none of them is taken to
    /// be given away, erring the same way.</summary>
    private const int Alternatives = 12;

    private const int MostPasses = 20;

    private readonly IReadOnlyList<long> values = sums.Select(weights => weights.Select((w, i) => w * actual[i]).Sum()).ToList();

    /// <summary>Whether no value but the true one fits everything the reader knows.</summary>
    public bool IsGivenAway(int count)
    {
        var budget = Budget;
        var start = ranges.ToArray();
        if (!Narrow(start))
        {
            return true;
        }

        foreach (var value in Near(start[count], actual[count]).Where(value => value != actual[count]).Take(Alternatives))
        {
            var trial = start.ToArray();
            trial[count] = (value, value);
            switch (Fits(trial, ref budget))
            {
                case true:
                    return false;
                case null:
                    return true;
            }
        }

        return true;
    }

    /// <summary>Whether some values within the ranges satisfy every sum; null when the budget ran out first.</summary>
    private bool? Fits((long Least, long Most)[] trial, ref int budget)
    {
        if (--budget < 0)
        {
            return null;
        }

        if (!Narrow(trial))
        {
            return false;
        }

        var open = Enumerable.Range(0, trial.Length).Where(i => trial[i].Least != trial[i].Most).OrderBy(i => trial[i].Most - trial[i].Least).FirstOrDefault(-1);
        if (open < 0)
        {
            return sums.Zip(values).All(sum => sum.First.Select((w, i) => w * trial[i].Least).Sum() == sum.Second);
        }

        // The true values fit, so values near them are tried first.
        foreach (var value in Near(trial[open], actual[open]))
        {
            var next = trial.ToArray();
            next[open] = (value, value);
            var fits = Fits(next, ref budget);
            if (fits is not false)
            {
                return fits;
            }
        }

        return false;
    }

    /// <summary>The values of a range, nearest to <paramref name="value"/> first.</summary>
    private static IEnumerable<long> Near((long Least, long Most) range, long value)
    {
        var start = Math.Clamp(value, range.Least, range.Most);
        for (long step = 0; start - step >= range.Least || start + step <= range.Most; step++)
        {
            if (start + step <= range.Most)
            {
                yield return start + step;
            }

            if (step > 0 && start - step >= range.Least)
            {
                yield return start - step;
            }
        }
    }

    /// <summary>Narrows every range from every sum until nothing changes, or for a bounded number of passes (two sums
    /// can narrow each other a step at a time over a wide range); false when a range empties.</summary>
    private bool Narrow((long Least, long Most)[] trial)
    {
        for (var (changed, passes) = (true, 0); changed && passes < MostPasses; passes++)
        {
            changed = false;
            foreach (var (weights, value) in sums.Zip(values))
            {
                for (var i = 0; i < weights.Length; i++)
                {
                    if (weights[i] == 0)
                    {
                        continue;
                    }

                    // weights[i] * x_i = value - (the rest), and the rest lies between low and high.
                    long low = 0, high = 0;
                    for (var j = 0; j < weights.Length; j++)
                    {
                        if (j != i && weights[j] != 0)
                        {
                            var (a, b) = (weights[j] * trial[j].Least, weights[j] * trial[j].Most);
                            (low, high) = (low + Math.Min(a, b), high + Math.Max(a, b));
                        }
                    }

                    var (from, to) = weights[i] > 0 ? (value - high, value - low) : (value - low, value - high);
                    var least = Math.Max(trial[i].Least, CeilingDivide(from, weights[i]));
                    var most = Math.Min(trial[i].Most, FloorDivide(to, weights[i]));
                    if (least > most)
                    {
                        return false;
                    }

                    if (least != trial[i].Least || most != trial[i].Most)
                    {
                        trial[i] = (least, most);
                        changed = true;
                    }
                }
            }
        }

        return true;
    }

    private static long FloorDivide(long a, long b) => (a / b) - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);

    private static long CeilingDivide(long a, long b) => -FloorDivide(-a, b);
}
