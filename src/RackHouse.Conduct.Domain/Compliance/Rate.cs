using RackHouse.Conduct.Domain.Common;
using System.Globalization;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>A share such as "acknowledged of those who must". In a group of fewer than 5, or with 1 to 4 left
/// over, the percentage would tell who (or how many) is behind, so it is hidden the way small counts are and the
/// text says only "fewer than 5 due" or "all but fewer than 5".</summary>
public readonly record struct Rate(int Done, int OutOf)
{
    /// <summary>Not shown because, with the counts beside it, it would give a hidden count away.</summary>
    public bool IsWithheld { get; init; }

    public bool IsHidden => IsWithheld || new Figure(OutOf).IsHidden || new Figure(OutOf - Done).IsHidden;

    /// <summary>Whole percent, rounded down so 99.6% never shows as 100%; null when hidden or nobody is counted.</summary>
    public int? Percent => IsHidden || OutOf == 0 ? null : Done * 100 / OutOf;

    /// <summary>What the rate as shown tells of <see cref="Done"/> to a reader who knows <see cref="OutOf"/>: a
    /// percentage rounded down is a range of counts, one count wide only in a small group.</summary>
    public (long Least, long Most) DoneAsRead => this switch
    {
        // A percentage is shown only when the adults still to acknowledge are none or 5 or more.
        { Percent: { } percent } when Done == OutOf => (OutOf, OutOf),
        { Percent: { } percent } => (((long)percent * OutOf + 99) / 100, Math.Min(OutOf - SmallNumber.Threshold, (((long)percent + 1) * OutOf - 1) / 100)),
        { IsWithheld: true } => (0, OutOf),
        _ when new Figure(OutOf).IsHidden || OutOf == 0 => (0, OutOf),
        _ => (OutOf - (SmallNumber.Threshold - 1), OutOf - 1),
    };

    /// <summary>A withheld rate reads "not shown" and nothing more: "all but fewer than 5" would bound the counts it
    /// is made of.</summary>
    public override string ToString() => this switch
    {
        { Percent: { } percent } => percent.ToString(CultureInfo.InvariantCulture) + "%",
        { OutOf: 0 } => "none due",
        { IsWithheld: true } => "not shown",
        _ when new Figure(OutOf).IsHidden => "fewer than 5 due",
        _ => "all but fewer than 5",
    };
}
