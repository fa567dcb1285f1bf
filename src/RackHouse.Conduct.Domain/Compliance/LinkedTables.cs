using System.Numerics;
using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>Tables published side by side about one set of things (a term's concerns), each row counting the things of
/// some kinds. A reader may add and subtract any counts shown; whatever sum of hidden counts that gives them, together
/// with what the labels say ("fewer than 5" is 1 to 4, a withheld count 5 or more), must leave every hidden count with
/// more than one possible value. Counts shown are withheld, the smallest first among those a giveaway is worked out
/// from, until none is left.</summary>
/// <typeparam name="TKind">What the rows tell apart about one thing: for a concern, its category, month, status,
/// triage decision and outcome.</typeparam>
/// <param name="possible">Every kind of thing the rules allow, whether or not there is one: what a reader cannot rule
/// out. Which sums of rows equal which follows from it: rows that share out the same things add up to the same.</param>
/// <param name="things">The kind of each thing counted.</param>
public sealed class LinkedTables<TKind>(IReadOnlyCollection<TKind> possible, IReadOnlyList<TKind> things)
{
    private readonly List<(string Title, List<Cell> Cells)> tables = [];

    /// <param name="keep">Whether these rows are withheld only when no other count would do: for the figures a
    /// reader looks at first, such as the totals a headline rate is worked out from.</param>
    public void Add(string title, IEnumerable<(string Label, Func<TKind, bool> Counts)> rows, bool keep = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(rows);
        tables.Add((title, rows.Select(row => new Cell(row.Label, row.Counts, new Figure(things.Count(row.Counts)), keep, null)).ToList()));
    }

    /// <summary>A count the page does not show, but which something it shows tells within a range: the acknowledged
    /// adults, from the overall rate. Withholding it withholds what tells it.</summary>
    public void AddBounded(string title, Func<TKind, bool> counts, (long Least, long Most) asRead, bool keep = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(counts);
        tables.Add((title, [new Cell(title, counts, new Figure(things.Count(counts)), keep, asRead)]));
    }

    /// <summary>How many other counts a count to keep is worth: withholding a headline's counts costs as much as
    /// withholding this many others.</summary>
    private const int KeptWorth = 4;

    /// <summary>The tables in the order added, with every count that would give a hidden one away withheld. Counts to
    /// keep are withheld last; but when that costs more than <see cref="KeptWorth"/> other counts, the way that does not
    /// spare them is worked out too, and taken when it costs less (a count to keep costing that many).</summary>
    public IReadOnlyList<FigureTable> Withhold()
    {
        var cells = tables.SelectMany(t => t.Cells).ToList();
        var gram = Gram(cells);
        Figure[] WithheldUntilSafe(bool keeping)
        {
            var figures = cells.Select(c => c.Figure).ToArray();
            while (Giveaway(cells, figures, gram, things.Count + SmallNumber.Threshold, keeping) is { } index)
            {
                figures[index] = figures[index] with { IsWithheld = true };
            }

            return figures;
        }

        int Cost(Figure[] figures) => Enumerable.Range(0, cells.Count).Where(i => figures[i].IsWithheld).Sum(i => cells[i].Keep ? KeptWorth : 1);

        var figures = WithheldUntilSafe(keeping: true);
        if (Cost(figures) > KeptWorth && WithheldUntilSafe(keeping: false) is var notKeeping && Cost(notKeeping) < Cost(figures))
        {
            figures = notKeeping;
        }

        var first = tables.Select((t, i) => tables.Take(i).Sum(before => before.Cells.Count)).ToList();
        return tables.Select((t, i) => FigureTable.From(t.Title, t.Cells.Select((c, row) => (c.Label, figures[first[i] + row])))).ToList();
    }

    /// <summary>The count to withhold next, or null when no hidden count can be pinned down. That is the smallest count
    /// shown that a sum tying a hidden one is worked out from, preferring one not to keep, and then one the other counts
    /// shown do not add up to; or, when the labels alone pin it (four rows of "fewer
    /// than 5" under a total of "fewer than 5" each at least 1), a hidden count in that sum, which "not shown" no
    /// longer bounds.</summary>
    /// <remarks>The sums of hidden counts a reader can work out are those whose rows, as sums over the possible kinds,
    /// lie in the span of the rows shown. With G the Gram matrix of the rows over the possible kinds, a hidden row's
    /// projection onto the rows shown solves the normal equations G_SS λ = G_Sh; the residuals' Gram matrix (the Schur
    /// complement G_HH − G_HS λ) has as its null space exactly the sums of hidden rows the reader can work out
    /// (<see cref="HiddenCounts"/> then tries the other values each hidden count could take).</remarks>
    private static int? Giveaway(List<Cell> cells, Figure[] figures, Fraction[,] gram, int largest, bool keeping)
    {
        bool Bounded(int i) => cells[i].AsRead is not null && !figures[i].IsWithheld;
        var shown = Enumerable.Range(0, cells.Count).Where(i => !figures[i].IsHidden && cells[i].AsRead is null).ToList();
        var hidden = Enumerable.Range(0, cells.Count).Where(i => figures[i].IsHidden || cells[i].AsRead is not null).ToList();
        if (hidden.All(Bounded))
        {
            return null;
        }

        var shownGram = Enumerable.Range(0, shown.Count).Select(r => shown.Select(c => gram[shown[r], c]).ToArray()).ToArray();
        var projections = Solve(shownGram, hidden.Select(h => shown.Select(s => gram[s, h]).ToArray()).ToList());
        var residuals = new Fraction[hidden.Count][];
        for (var i = 0; i < hidden.Count; i++)
        {
            residuals[i] = new Fraction[hidden.Count];
            for (var j = 0; j < hidden.Count; j++)
            {
                var projected = Fraction.Zero;
                for (var s = 0; s < shown.Count; s++)
                {
                    projected += projections[j][s] * gram[shown[s], hidden[i]];
                }

                residuals[i][j] = gram[hidden[i], hidden[j]] - projected;
            }
        }

        var sums = NullSpace(residuals);
        // "fewer than 5" is 1 to 4. A count withheld from those shown is taken to be 5 or more, as a reader would
        // guess; one withheld from "fewer than 5" could be anything. The largest is left generous: it bounds nothing.
        var counts = new HiddenCounts(
            hidden.Select(h => (long)figures[h].Count).ToList(),
            hidden.Select(h => figures[h] switch
            {
                _ when Bounded(h) => cells[h].AsRead!.Value,
                { IsWithheld: false } => (1L, SmallNumber.Threshold - 1L),
                _ when cells[h].AsRead is not null => (0L, (long)largest),
                { Count: >= SmallNumber.Threshold } => (SmallNumber.Threshold, largest),
                _ => (1L, (long)largest),
            }).ToList(),
            sums.Select(weights => weights.Select(w => (long)w).ToArray()).ToList());
        // A bounded count may be told exactly: what matters is that no count hidden by the small-number rule, or
        // withheld to protect one, is.
        var pinned = Enumerable.Range(0, hidden.Count).Where(i => !Bounded(hidden[i]) && counts.IsGivenAway(i)).ToList();
        if (pinned.Count == 0)
        {
            return null;
        }

        var fractionSums = sums.Select(weights => weights.Select(w => new Fraction(w, BigInteger.One)).ToArray()).ToList();

        // What each sum is worked out from: the counts shown above 0 in it, and the bounded counts in it.
        List<int> From(Fraction[] sum) => Enumerable.Range(0, shown.Count)
            .Where(s => !Enumerable.Range(0, hidden.Count).Aggregate(Fraction.Zero, (weight, i) => weight + (sum[i] * projections[i][s])).IsZero)
            .Select(s => shown[s])
            .Where(i => figures[i].Count > 0)
            .Concat(Enumerable.Range(0, hidden.Count).Where(i => !sum[i].IsZero && Bounded(hidden[i])).Select(i => hidden[i]))
            .ToList();

        // First what the sums tying a pinned count are worked out from; failing that (it is pinned by sums of the
        // others), what any sum is.
        var tying = pinned.SelectMany(p => fractionSums.Where(weights => !weights[p].IsZero)).Select(From).FirstOrDefault(from => from.Count > 0)
            ?? fractionSums.Select(From).FirstOrDefault(from => from.Count > 0);
        if (tying is not null)
        {
            // Withholding a count that the other counts shown add up to would hide nothing.
            var redundant = NullSpace(shownGram).SelectMany(weights => Enumerable.Range(0, shown.Count).Where(s => !weights[s].IsZero)).Select(s => shown[s]).ToHashSet();
            return tying.OrderBy(i => keeping && cells[i].Keep).ThenBy(redundant.Contains).ThenBy(i => figures[i].Count).First();
        }

        // Pinned by the labels alone: a count of "fewer than 5" tied to it then reads "not shown".
        return pinned.Concat(pinned.SelectMany(p => sums.Where(weights => !weights[p].IsZero)).SelectMany(weights => Enumerable.Range(0, hidden.Count).Where(i => !weights[i].IsZero)))
            .Select(i => hidden[i])
            .Where(i => !figures[i].IsWithheld && !Bounded(i))
            .Select(i => (int?)i)
            .FirstOrDefault();
    }

    /// <summary>One solution of <paramref name="matrix"/> x = b for each right-hand side, free unknowns 0. The normal
    /// equations always have one.</summary>
    private static List<Fraction[]> Solve(Fraction[][] matrix, List<Fraction[]> rightHandSides)
    {
        var n = matrix.Length;
        var rows = Enumerable.Range(0, n).Select(r => matrix[r].Concat(rightHandSides.Select(b => b[r])).ToArray()).ToArray();
        var pivots = Eliminate(rows, n);
        return rightHandSides.Select((_, k) =>
        {
            var x = Enumerable.Repeat(Fraction.Zero, n).ToArray();
            foreach (var (row, column) in pivots)
            {
                x[column] = rows[row][n + k];
            }

            return x;
        }).ToList();
    }

    /// <summary>A basis of the integer vectors w with <paramref name="matrix"/> w = 0.</summary>
    private static List<BigInteger[]> NullSpace(Fraction[][] matrix)
    {
        var n = matrix.Length;
        var rows = matrix.Select(row => row.ToArray()).ToArray();
        var pivots = Eliminate(rows, n);
        var pivotColumns = pivots.Select(p => p.Column).ToHashSet();
        var basis = new List<BigInteger[]>();
        foreach (var free in Enumerable.Range(0, n).Where(c => !pivotColumns.Contains(c)))
        {
            var vector = Enumerable.Repeat(Fraction.Zero, n).ToArray();
            vector[free] = Fraction.One;
            foreach (var (row, column) in pivots)
            {
                vector[column] = -rows[row][free];
            }

            var common = vector.Aggregate(BigInteger.One, (lcm, f) => lcm / BigInteger.GreatestCommonDivisor(lcm, f.Denominator) * f.Denominator);
            basis.Add(vector.Select(f => f.Numerator * (common / f.Denominator)).ToArray());
        }

        return basis;
    }

    /// <summary>Gauss–Jordan elimination over the first <paramref name="columns"/> columns, leaving each pivot 1.</summary>
    private static List<(int Row, int Column)> Eliminate(Fraction[][] rows, int columns)
    {
        var pivots = new List<(int Row, int Column)>();
        for (var column = 0; column < columns && pivots.Count < rows.Length; column++)
        {
            var row = pivots.Count;
            var found = Enumerable.Range(row, rows.Length - row).FirstOrDefault(r => !rows[r][column].IsZero, -1);
            if (found < 0)
            {
                continue;
            }

            (rows[row], rows[found]) = (rows[found], rows[row]);
            var pivot = rows[row][column];
            for (var c = 0; c < rows[row].Length; c++)
            {
                rows[row][c] /= pivot;
            }

            for (var r = 0; r < rows.Length; r++)
            {
                var factor = rows[r][column];
                if (r != row && !factor.IsZero)
                {
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        rows[r][c] -= factor * rows[row][c];
                    }
                }
            }

            pivots.Add((row, column));
        }

        return pivots;
    }

    /// <summary>How many possible kinds each pair of rows both count.</summary>
    private Fraction[,] Gram(List<Cell> cells)
    {
        var counts = new long[cells.Count, cells.Count];
        foreach (var kind in possible)
        {
            var counted = Enumerable.Range(0, cells.Count).Where(c => cells[c].Counts(kind)).ToArray();
            foreach (var i in counted)
            {
                foreach (var j in counted)
                {
                    counts[i, j]++;
                }
            }
        }

        var gram = new Fraction[cells.Count, cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            for (var j = 0; j < cells.Count; j++)
            {
                gram[i, j] = new Fraction(counts[i, j], BigInteger.One);
            }
        }

        return gram;
    }

    /// <param name="AsRead">For a count the page tells only within a range, that range.</param>
    private sealed record Cell(string Label, Func<TKind, bool> Counts, Figure Figure, bool Keep, (long Least, long Most)? AsRead);
}
