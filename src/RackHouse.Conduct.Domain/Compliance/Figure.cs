using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>One count as governors may see it: 1 to 4 is hidden as "fewer than 5" (<see cref="SmallNumber"/>), and a
/// count <see cref="IsWithheld"/> because the others beside it would give a hidden one away reads "not shown".</summary>
public readonly record struct Figure(int Count)
{
    public bool IsWithheld { get; init; }

    public bool IsHidden => IsWithheld || SmallNumber.IsSuppressed(Count);

    /// <summary>The count when shown, null when hidden: charts and exports draw nothing for a hidden count.</summary>
    public int? Shown => IsHidden ? null : Count;

    /// <summary>"not shown" for a withheld count whatever its size, so that the label never bounds it.</summary>
    public override string ToString() => IsWithheld ? "not shown" : SmallNumber.Display(Count);
}
