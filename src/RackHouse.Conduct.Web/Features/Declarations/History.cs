using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Web.Features.Declarations;

public static class History
{
    /// <summary>The steps, oldest first, with each actor's name from <paramref name="names"/>.</summary>
    public static IReadOnlyList<KeptStep> Of<TStatus, TAction>(IEnumerable<DecisionStep<TStatus, TAction>> steps, IReadOnlyDictionary<int, string> names, Func<TAction, string> describe)
        where TStatus : struct, Enum
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(describe);
        return steps.OrderBy(s => s.Id).Select(s => new KeptStep(describe(s.Action), names.GetValueOrDefault(s.ByAdultId, "Unknown"), s.AtUtc, s.Text, s.OnDate)).ToList();
    }
}
